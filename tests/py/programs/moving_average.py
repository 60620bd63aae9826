# Signal filters: moving average, exponential smoothing, median filter and peak detection.
samples = [10, 12, 11, 50, 13, 12, 14, 15, 13, 90, 14, 13, 12, 11, 10]
def moving_average(xs, n):
    out = []
    window = []
    total = 0
    for x in xs:
        window.append(x)
        total += x
        if len(window) > n:
            total -= window.pop(0)
        out.append(round(total / len(window), 3))
    return out
def ema(xs, alpha):
    out = []
    prev = None
    for x in xs:
        prev = x if prev is None else alpha * x + (1 - alpha) * prev
        out.append(round(prev, 3))
    return out
def median_filter(xs, n):
    half = n // 2
    out = []
    for i in range(len(xs)):
        win = sorted(xs[max(0, i - half):i + half + 1])
        out.append(win[len(win) // 2])
    return out
def peaks(xs, threshold):
    return [i for i in range(1, len(xs) - 1) if xs[i] > xs[i - 1] and xs[i] > xs[i + 1] and xs[i] > threshold]
print(moving_average(samples, 3))
print(ema(samples, 0.25))
print(median_filter(samples, 3))
print(peaks(samples, 20), peaks(median_filter(samples, 3), 20))
mean = sum(samples) / len(samples)
var = sum((x - mean) ** 2 for x in samples) / len(samples)
print(round(mean, 4), round(var, 4), round(var ** 0.5, 4))
