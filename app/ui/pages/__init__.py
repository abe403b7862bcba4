"""One widget per step: Load, Map, Review, Upload, Report."""
