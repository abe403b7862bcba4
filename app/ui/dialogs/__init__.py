"""Dialogs around the upload: destination profiles, resuming unfinished jobs, production sends."""
