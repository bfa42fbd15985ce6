"""State kept between runs under OUTPUT_URI/state/: the stored-URL index and site memory (state uses output, never the reverse)."""
