#!/usr/bin/python3
"""Types WORDS and a tab into an interactive bash with SCRIPT loaded, through a pseudo-terminal,
and prints the line as readline left it: what a user sees (a directory's '/', a space after a
whole word, a space in a name escaped), which COMPREPLY alone does not show.

Usage: bash_complete.py SCRIPT WORDS
"""
import os
import pty
import select
import sys
import time

script, words = sys.argv[1], sys.argv[2]
pid, fd = pty.fork()
if pid == 0:
    os.execvpe("bash", ["bash", "--norc", "--noprofile", "-i"],
               dict(os.environ, PS1="$ ", TERM="dumb", INPUTRC="/dev/null", HISTFILE="/dev/null"))


def read_until(marker, timeout):
    """What the terminal shows until marker appears, or timeout seconds pass."""
    out = b""
    end = time.time() + timeout
    while time.time() < end and marker not in out:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                out += os.read(fd, 4096)
            except OSError:
                break
    return out


os.write(fd, f"source '{script}'; echo LOADED\n".encode())
read_until(b"LOADED\r\n$ ", 10.0)
os.write(fd, (words + "\t").encode())
shown = read_until(b"\x07", 1.0)  # the completion, given a second to settle
os.write(fd, b"\x05 #END\n")  # Ctrl-E, then a comment: the line ends there
shown += read_until(b"#END\r\n", 10.0)
os.write(fd, b"exit\n")
os.waitpid(pid, 0)
lines = [line for line in shown.decode(errors="replace").split("\r\n") if "#END" in line]
print(lines[0].split("$ ")[-1].replace(" #END", "") if lines else "")
