PKG = "pkg init"
