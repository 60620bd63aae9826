prixnx = []
whia, *bmx = []
whia, *b-range(6)
dra(6)
d = *x.b,