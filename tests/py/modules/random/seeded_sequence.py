# The generator is xoshiro256** seeded through SplitMix64, so a seed gives the same numbers on
# every run and machine (not CPython's Mersenne Twister sequence). Expected output in
# seeded_sequence.py.exp.
import urandom
urandom.seed(2024)
print([urandom.getrandbits(16) for _ in range(6)])
print(urandom.randint(1, 100), urandom.randrange(1000), urandom.choice("pycom"), urandom.getrandbits(64))
print(round(urandom.random(), 10), round(urandom.uniform(10, 20), 10))
