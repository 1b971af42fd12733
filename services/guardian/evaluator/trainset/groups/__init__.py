"""Template modules, one per group of dimensions; each exposes `build(rng) -> list[TrainItem]`."""
