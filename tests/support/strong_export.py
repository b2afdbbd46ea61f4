#!/usr/bin/python3
"""Writes a Strong export of ten years of home back training (issue #27), the same bytes every
time: three sessions a week, four of the built-in routine's six exercises in each by name, three
sets, a warm-up, a rest timer and a weighted row; 21,925 rows.

Usage: strong_export.py FILE
"""
import datetime
import random
import sys

rng = random.Random(27)
names = ["Prone back extension", "Towel prone row", "Prone arm circles", "Prone breaststroke",
         "Reverse row under a table", "Prone both-ends lift"]
day = datetime.datetime(2016, 1, 4, 7, 0)
with open(sys.argv[1], "w", newline="") as f:
    f.write("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,"
            "Notes,Workout Notes,RPE\r\n")
    for week in range(522):
        for offset in (0, 2, 4):
            start = day + datetime.timedelta(days=7 * week + offset, minutes=rng.randint(0, 90))
            when = start.strftime("%Y-%m-%d %H:%M:%S")
            f.write(f'{when},"Back, easy",40m,{names[0]},W,0,8,0,0,,,\r\n')
            for e in rng.sample(range(6), 4):
                weight = "12.5" if e == 1 else "0"
                for s in range(3):
                    f.write(f'{when},"Back, easy",40m,{names[e]},{s + 1},{weight},'
                            f"{rng.randint(12, 25)},0,0,,,\r\n")
            f.write(f'{when},"Back, easy",40m,{names[0]},Rest Timer,0,0,0,90,,,\r\n')
