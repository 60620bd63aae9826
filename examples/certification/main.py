# Pycom's LoRaWAN certification program: choose the region and the activation, then the board
# answers the network's port-224 test (certification.py).
from network import LoRa
from certification import Compliance

REGIONS = (('EU868', LoRa.EU868), ('AS923', LoRa.AS923), ('US915', LoRa.US915), ('AU915', LoRa.AU915))
ACTIVATIONS = (('OTAA', LoRa.OTAA), ('ABP', LoRa.ABP))


def ask(question):
    return input(question + ' ').strip()   # EOFError on a console that has ended


def choose(title, options):
    while True:
        print(title)
        for i, (name, _) in enumerate(options):
            print('    (%d) %s' % (i + 1, name))
        answer = ask('>')
        if answer.isdigit() and 1 <= int(answer) <= len(options):
            return options[int(answer) - 1]
        print('Please enter a number from 1 to %d' % len(options))


print('<<< LoRaWAN certification test >>>')
region = choose('Region:', REGIONS)
activation = choose('Activation:', ACTIVATIONS)
tests = ask('How many tests (ENTER: until reset)?')
print('%s with %s' % (region[0], activation[0]))
Compliance(region[1], activation[1]).run(int(tests) if tests.isdigit() else None)
