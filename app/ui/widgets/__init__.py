"""Small reusable widgets: step sidebar, drop zone, profile banner, problem-group card."""
