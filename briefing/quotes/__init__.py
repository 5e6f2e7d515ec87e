"""Direct quotations and who said them (`extract`)."""
