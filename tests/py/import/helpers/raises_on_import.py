# Module whose body raises, to test that the error reaches the importer.
ready = False
raise ValueError("failure while importing")
