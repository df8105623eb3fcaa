/* cmd_totp.c - `doorbraak totp-code [GEHEIM]`: the TOTP code of now for a secret, as an authenticator app shows it. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "cli/cli.h"
#include "core/tweede_factor.h"
#include "lib/totp.h"

/* For the demo and for testing a set-up: anyone who has the secret can compute its codes, so this gives nothing
   away. The secret comes from the argument or, without one, from the first line of standard input. */
int
cmd_totp_code(const struct config *cfg, int argc, char **argv)
{
	char line[128], code[TOTP_CODE_LEN];
	const char *geheim = argc == 2 ? argv[1] : NULL;
	time_t now = time(NULL);
	(void)cfg;

	if (argc > 2) {
		fprintf(stderr, "gebruik: doorbraak totp-code [GEHEIM]   (zonder GEHEIM: van standaardinvoer)\n");
		return 2;
	}
	if (geheim == NULL) {
		if (fgets(line, sizeof(line), stdin) == NULL) {
			fprintf(stderr, "doorbraak: geen geheim op standaardinvoer\n");
			return 2;
		}
		line[strcspn(line, "\r\n")] = '\0';
		geheim = line;
	}
	if (totp_code(geheim, (uint64_t)totp_stap(now), code) != 0) {
		fprintf(stderr, "doorbraak: dit is geen geldig geheim (base32: letters A-Z en cijfers 2-7)\n");
		return 2;
	}
	printf("%s\n", code);
	fprintf(stderr, "Geldig nog %ld seconden.\n", (long)(TOTP_STAP - now % TOTP_STAP));
	return 0;
}
