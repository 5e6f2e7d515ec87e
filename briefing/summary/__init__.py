"""Key sentences (`rank`) and keywords (`keywords`)."""
