/* tables.c - the statement tables every connection prepares, one per aggregate, indexed by enum store_table. */
#include "store/stmt.h"

const struct store_sql_table *const store_tables[STORE_T__MAX] = {
	[STORE_T_ACCOUNT] = &store_account_sql,
	[STORE_T_AUDIT] = &store_audit_sql,
	[STORE_T_CASUS] = &store_casus_sql,
	[STORE_T_LEERPUNT] = &store_leerpunt_sql,
	[STORE_T_BIJEENKOMST] = &store_bijeenkomst_sql,
	[STORE_T_ORGANISATIE] = &store_organisatie_sql,
	[STORE_T_BEHEER] = &store_beheer_sql,
	[STORE_T_RAPPORT] = &store_rapport_sql,
	[STORE_T_ESCALATIE] = &store_escalatie_sql,
	[STORE_T_OVERBRUGGING] = &store_overbrugging_sql,
	[STORE_T_TWEEDE_FACTOR] = &store_tweede_factor_sql,
	[STORE_T_SYSTEEMWIJZIGING] = &store_systeemwijziging_sql,
	[STORE_T_NAVRAAG] = &store_navraag_sql,
	[STORE_T_ONDERZOEK] = &store_onderzoek_sql,
	[STORE_T_REGISTER] = &store_register_sql,
	[STORE_T_RETENTIE] = &store_retentie_sql,
	[STORE_T_INZAGE] = &store_inzage_sql,
	[STORE_T_NOTIFICATIE] = &store_notificatie_sql,
	[STORE_T_EVENEMENT] = &store_evenement_sql,
};
