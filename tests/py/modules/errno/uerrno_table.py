# uerrno.errorcode holds exactly the firmware's names. Expected output in uerrno_table.py.exp.
import uerrno
print(len(uerrno.errorcode), sorted(uerrno.errorcode.values()) == sorted(n for n in dir(uerrno) if n[0] == "E"))
print(uerrno.errorcode.get(9999), uerrno.EAGAIN, uerrno.ETIMEDOUT)
