/* throttle.c - fixed-window attempt counting with a block once a window's attempts are used up. */
#include "throttle.h"

bool
throttle_blocked(const struct throttle *t, time_t now)
{
	return t->blocked_until > now;
}

bool
throttle_attempt(struct throttle *t, const struct throttle_policy *p, time_t now)
{
	if (throttle_blocked(t, now))
		return false;
	if (t->window_start == 0 || now - t->window_start >= p->window || now < t->window_start) {
		t->window_start = now;
		t->failures = 0;
	}
	if (t->failures >= p->max_failures) {
		t->blocked_until = now + p->block;
		t->failures = 0;
		t->window_start = now;
		return false;
	}
	t->failures++;
	return true;
}

void
throttle_forgive(struct throttle *t)
{
	if (t->failures > 0)
		t->failures--;
}

long
throttle_remaining(const struct throttle *t, time_t now)
{
	return t->blocked_until > now ? (long)(t->blocked_until - now) : 0;
}
