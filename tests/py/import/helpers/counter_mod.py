# Module that records how many times its body ran, in a list kept by its package.
import helpers
helpers.RUNS.append(1)
runs = len(helpers.RUNS)
