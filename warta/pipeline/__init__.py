"""All stages in one process (`warta run`) and the offline demo (`warta demo`)."""
