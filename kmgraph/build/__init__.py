"""The build: records read in parallel, written to the outputs (files, store, overview, VoID) of a new generation."""
