"""Guardian evaluator: the taxonomy of dimensions, the red-line rule layer and the trained classifier."""
