/* throttle.c - fixed-window failure counting with a block after too many failures. */
#include "throttle.h"

bool
throttle_blocked(const struct throttle *t, time_t now)
{
	return t->blocked_until > now;
}

bool
throttle_fail(struct throttle *t, const struct throttle_policy *p, time_t now)
{
	if (t->window_start == 0 || now - t->window_start >= p->window) {
		t->window_start = now;
		t->failures = 0;
	}
	t->failures++;
	if (t->failures >= p->max_failures) {
		t->blocked_until = now + p->block;
		t->failures = 0;
		t->window_start = now;
		return true;
	}
	return false;
}

long
throttle_remaining(const struct throttle *t, time_t now)
{
	return t->blocked_until > now ? (long)(t->blocked_until - now) : 0;
}
