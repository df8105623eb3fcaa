#!/bin/sh
# common-passwords.sh - writes src/core/common-passwords.txt, the passwords doorbraak refuses as too common.
#
# Usage: sh tools/common-passwords.sh [JOHN_PASSWORD_LST] > src/core/common-passwords.txt
#
# Two sources, both free to redistribute:
#  1. John the Ripper's password.lst (Debian package john-data: /usr/share/john/password.lst), "compiled by
#     Solar Designer of Openwall Project in 1996 through 2011 ... assumed to be in the public domain": the
#     passwords most often seen, sorted by frequency. Only needed when the list is made again.
#  2. Our own words (tools/common-passwords-nl.txt): Dutch and English words that people pick, PMM's own
#     words, keyboard walks and digit runs, each also with the endings people add (1, 123, !, a year ...).
# The result is lowercased (doorbraak compares in lower case), only lines of 8 characters or more (shorter
# ones are refused for their length anyway), sorted bytewise and unique, so that core/account.c can look a
# password up by binary search in the embedded file.
set -eu
john=${1:-/usr/share/john/password.lst}
here=$(dirname "$0")
[ -r "$john" ] || { echo "common-passwords.sh: $john not found (apt-get install john-data)" >&2; exit 2; }
{
	grep -v '^#!comment' "$john"
	grep -v '^#' "$here/common-passwords-nl.txt" | while IFS= read -r w; do
		[ -n "$w" ] || continue
		for end in '' 1 12 123 1234 12345 123456 '!' '!!' 01 007 '#1' '@1' 1! 123!; do
			printf '%s%s\n' "$w" "$end"
		done
		y=1980
		while [ "$y" -le 2035 ]; do
			printf '%s%s\n%s@%s\n%s%s!\n%s%s\n' "$w" "$y" "$w" "$y" "$w" "$y" "$w" "${y#??}"
			y=$((y + 1))
		done
	done
} | tr 'A-Z' 'a-z' | LC_ALL=C awk 'length($0) >= 8 && $0 !~ /[^ -~]/' | LC_ALL=C sort -u
