B_VALUE = "b"
