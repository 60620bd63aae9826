try:
    try:
        1 / 0
    finally:
        pass
except ZeroDivisionError as e:
    raise ValueError("v") from e
