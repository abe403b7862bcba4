"""Qt item models over the core's data: the loaded DataFrame and validation problems."""
