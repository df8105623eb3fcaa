/* throttle.h - the rule for slowing down failed logins, per account and per client address. */
#ifndef DOORBRAAK_THROTTLE_H
#define DOORBRAAK_THROTTLE_H

#include <stdbool.h>
#include <time.h>

struct throttle {
	int failures;            /* failures within the current window */
	time_t window_start;
	time_t blocked_until;    /* 0 = not blocked */
};

struct throttle_policy {
	int max_failures;        /* failures allowed in a window before blocking */
	int window;              /* seconds */
	int block;               /* seconds blocked after max_failures */
};

/* True when a login attempt must be refused now. */
bool throttle_blocked(const struct throttle *t, time_t now);
/* Records a failure; returns true when this failure starts a block. */
bool throttle_fail(struct throttle *t, const struct throttle_policy *p, time_t now);
/* Seconds until the block ends (rounded up to whole minutes by the caller). */
long throttle_remaining(const struct throttle *t, time_t now);

#endif
