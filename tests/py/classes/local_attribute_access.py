# local.name reads and stores (self.x) compile to one instruction when the local's slot and the
# name's index fit its argument; wider functions, unbound locals, properties, modules, slots and
# strings that += appends to must behave as the two-instruction form.
class P:
    def __init__(self, x):
        self.x = x
        self.y = x * 2
    def total(self):
        return self.x + self.y
    @property
    def double(self): return self.x * 2
import math
def f(p, m):
    q = p
    q.z = q.x + q.y
    return q.total(), q.double, q.z, m.pi > 3
print(f(P(1), math))
def unbound():
    if False: p = 1
    return p.x
try: unbound()
except UnboundLocalError: print("UnboundLocalError")
def unbound_store():
    if False: p = 1
    p.x = 1
try: unbound_store()
except UnboundLocalError: print("UnboundLocalError")
def missing(p):
    return p.nothere
try: missing(P(1))
except AttributeError as e: print("AE", e)
def slots(o): 
    o.a = 1
    return o.a
try: slots(5)
except AttributeError as e: print("AE", e)
class S:
    __slots__ = ('a',)
print(slots(S()))
def strs(s):
    t = s.upper
    s += "x"
    return t(), s
print(strs("ab"))
def many():
    v0=v1=v2=v3=v4=v5=v6=v7=v8=v9=0
    l = []
def wide(p):
    a0 = 0
    a1 = 1
    a2 = 2
    a3 = 3
    a4 = 4
    a5 = 5
    a6 = 6
    a7 = 7
    a8 = 8
    a9 = 9
    a10 = 10
    a11 = 11
    a12 = 12
    a13 = 13
    a14 = 14
    a15 = 15
    a16 = 16
    a17 = 17
    a18 = 18
    a19 = 19
    a20 = 20
    a21 = 21
    a22 = 22
    a23 = 23
    a24 = 24
    a25 = 25
    a26 = 26
    a27 = 27
    a28 = 28
    a29 = 29
    a30 = 30
    a31 = 31
    a32 = 32
    a33 = 33
    a34 = 34
    a35 = 35
    a36 = 36
    a37 = 37
    a38 = 38
    a39 = 39
    a40 = 40
    a41 = 41
    a42 = 42
    a43 = 43
    a44 = 44
    a45 = 45
    a46 = 46
    a47 = 47
    a48 = 48
    a49 = 49
    a50 = 50
    a51 = 51
    a52 = 52
    a53 = 53
    a54 = 54
    a55 = 55
    a56 = 56
    a57 = 57
    a58 = 58
    a59 = 59
    a60 = 60
    a61 = 61
    a62 = 62
    a63 = 63
    a64 = 64
    a65 = 65
    a66 = 66
    a67 = 67
    a68 = 68
    a69 = 69
    a70 = 70
    a71 = 71
    a72 = 72
    a73 = 73
    a74 = 74
    a75 = 75
    a76 = 76
    a77 = 77
    a78 = 78
    a79 = 79
    a80 = 80
    a81 = 81
    a82 = 82
    a83 = 83
    a84 = 84
    a85 = 85
    a86 = 86
    a87 = 87
    a88 = 88
    a89 = 89
    a90 = 90
    a91 = 91
    a92 = 92
    a93 = 93
    a94 = 94
    a95 = 95
    a96 = 96
    a97 = 97
    a98 = 98
    a99 = 99
    a100 = 100
    a101 = 101
    a102 = 102
    a103 = 103
    a104 = 104
    a105 = 105
    a106 = 106
    a107 = 107
    a108 = 108
    a109 = 109
    a110 = 110
    a111 = 111
    a112 = 112
    a113 = 113
    a114 = 114
    a115 = 115
    a116 = 116
    a117 = 117
    a118 = 118
    a119 = 119
    a120 = 120
    a121 = 121
    a122 = 122
    a123 = 123
    a124 = 124
    a125 = 125
    a126 = 126
    a127 = 127
    a128 = 128
    a129 = 129
    a130 = 130
    a131 = 131
    a132 = 132
    a133 = 133
    a134 = 134
    a135 = 135
    a136 = 136
    a137 = 137
    a138 = 138
    a139 = 139
    a140 = 140
    a141 = 141
    a142 = 142
    a143 = 143
    a144 = 144
    a145 = 145
    a146 = 146
    a147 = 147
    a148 = 148
    a149 = 149
    a150 = 150
    a151 = 151
    a152 = 152
    a153 = 153
    a154 = 154
    a155 = 155
    a156 = 156
    a157 = 157
    a158 = 158
    a159 = 159
    a160 = 160
    a161 = 161
    a162 = 162
    a163 = 163
    a164 = 164
    a165 = 165
    a166 = 166
    a167 = 167
    a168 = 168
    a169 = 169
    a170 = 170
    a171 = 171
    a172 = 172
    a173 = 173
    a174 = 174
    a175 = 175
    a176 = 176
    a177 = 177
    a178 = 178
    a179 = 179
    a180 = 180
    a181 = 181
    a182 = 182
    a183 = 183
    a184 = 184
    a185 = 185
    a186 = 186
    a187 = 187
    a188 = 188
    a189 = 189
    a190 = 190
    a191 = 191
    a192 = 192
    a193 = 193
    a194 = 194
    a195 = 195
    a196 = 196
    a197 = 197
    a198 = 198
    a199 = 199
    a200 = 200
    a201 = 201
    a202 = 202
    a203 = 203
    a204 = 204
    a205 = 205
    a206 = 206
    a207 = 207
    a208 = 208
    a209 = 209
    a210 = 210
    a211 = 211
    a212 = 212
    a213 = 213
    a214 = 214
    a215 = 215
    a216 = 216
    a217 = 217
    a218 = 218
    a219 = 219
    a220 = 220
    a221 = 221
    a222 = 222
    a223 = 223
    a224 = 224
    a225 = 225
    a226 = 226
    a227 = 227
    a228 = 228
    a229 = 229
    a230 = 230
    a231 = 231
    a232 = 232
    a233 = 233
    a234 = 234
    a235 = 235
    a236 = 236
    a237 = 237
    a238 = 238
    a239 = 239
    a240 = 240
    a241 = 241
    a242 = 242
    a243 = 243
    a244 = 244
    a245 = 245
    a246 = 246
    a247 = 247
    a248 = 248
    a249 = 249
    a250 = 250
    a251 = 251
    a252 = 252
    a253 = 253
    a254 = 254
    a255 = 255
    a256 = 256
    a257 = 257
    a258 = 258
    a259 = 259
    a260 = 260
    a261 = 261
    a262 = 262
    a263 = 263
    a264 = 264
    a265 = 265
    a266 = 266
    a267 = 267
    a268 = 268
    a269 = 269
    a270 = 270
    a271 = 271
    a272 = 272
    a273 = 273
    a274 = 274
    a275 = 275
    a276 = 276
    a277 = 277
    a278 = 278
    a279 = 279
    a280 = 280
    a281 = 281
    a282 = 282
    a283 = 283
    a284 = 284
    a285 = 285
    a286 = 286
    a287 = 287
    a288 = 288
    a289 = 289
    a290 = 290
    a291 = 291
    a292 = 292
    a293 = 293
    a294 = 294
    a295 = 295
    a296 = 296
    a297 = 297
    a298 = 298
    a299 = 299
    a299 = p
    a299.w = a0 + a1
    return a299.w, a299.x
print(wide(P(3)))


# local.method(...) as one instruction too: methods, shadowing instance attributes, modules,
# classes, builtins' methods and unbound locals.
def calls(p, m, s, items):
    a = p.total()
    p.total = lambda: "shadowed"
    b = p.total()
    items.append(s.upper())
    return a, b, m.sqrt(9.0), items, P.total(P(2))


print(calls(P(1), math, "ab", [1]))


def unbound_call():
    if False:
        q = 1
    return q.method()


try:
    unbound_call()
except UnboundLocalError:
    print("UnboundLocalError")
