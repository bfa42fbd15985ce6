"""State kept between runs under OUTPUT_URI/state/: the stored-URL index, site memory, the near-duplicate index (state uses output, never the reverse)."""
