"""Pure-Python core: no imports from the rest of the project or outside the standard library."""
