import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength } from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());

/**
 * Every environment variable the server reads. Validated once at boot so a typo stops the
 * server with a message naming the variable, instead of failing later in some request.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /** Where browsers reach this server; used in links, cookies and the demo widget key. */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  PUBLIC_URL?: string;

  /** External PostgreSQL. Without it an embedded PostgreSQL is started under DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  /** Redis for the job queue, live chat pub/sub and rate limits. Without it all three run in-process. */
  @IsOptional()
  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /** Namespace of every Redis key, so several deployments (or test runs) can share one Redis. */
  @Matches(/^[a-z0-9_-]{1,32}$/i, { message: 'REDIS_PREFIX must be 1-32 letters, digits, _ or -' })
  REDIS_PREFIX = 'shopdesk';

  @IsString()
  DATA_DIR = '.data';

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  /** Signs access and visitor tokens. Required in production; generated and kept under DATA_DIR otherwise. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

  @Transform(toInt)
  @IsInt()
  @Min(3600)
  REFRESH_TOKEN_TTL_SECONDS = 14 * 24 * 3600;

  @Transform(toInt)
  @IsInt()
  @Min(3600)
  VISITOR_TOKEN_TTL_SECONDS = 30 * 24 * 3600;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'warn';

  /** Seed the demo store on first start. */
  @Transform(toBool)
  @IsBoolean()
  SEED_DEMO = true;

  /** Folder holding the Luma sample catalog used by the demo seed. */
  @IsOptional()
  @IsString()
  SAMPLE_DATA_DIR?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  GRAPHQL_MAX_DEPTH = 10;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  GRAPHQL_MAX_COMPLEXITY = 2000;

  @Transform(toBool)
  @IsBoolean()
  GRAPHQL_INTROSPECTION = true;

  /** Failed logins allowed per account (and, times four, per IP) in a 15-minute window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_ATTEMPTS = 5;

  @Transform(toBool)
  @IsBoolean()
  SERVE_STATIC = true;

  /** OpenAI-compatible endpoint of the assistant (e.g. https://api.openai.com/v1). Without it the built-in rules answer. */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  OPENAI_BASE_URL?: string;

  @IsOptional()
  @IsString()
  OPENAI_API_KEY?: string;

  @IsString()
  OPENAI_MODEL = 'gpt-4o-mini';

  /** Longest wait for the model's first token, and for the whole answer of one step. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  OPENAI_FIRST_TOKEN_TIMEOUT_MS = 8000;

  @Transform(toInt)
  @IsInt()
  @Min(500)
  OPENAI_STEP_TIMEOUT_MS = 30000;

  /** Model calls in one turn (each tool round is one). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10)
  OPENAI_MAX_STEPS = 4;

  /** Failures in a row that open the circuit, and how long it stays open. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  OPENAI_BREAKER_FAILURES = 3;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  OPENAI_BREAKER_COOLDOWN_MS = 30000;

  /** Assistant replies a visitor gets per hour, and a store per day, before a polite "later" message. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  ASSISTANT_VISITOR_MESSAGES_PER_HOUR = 120;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  ASSISTANT_TENANT_MESSAGES_PER_DAY = 20000;

  /** Model tokens a store may use per day (UTC) before the built-in rules answer instead; stores can set their own. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  ASSISTANT_TENANT_TOKENS_PER_DAY = 2_000_000;

  /** Stripe secret key of the platform account. Without it orders wait for staff to mark them paid. */
  @IsOptional()
  @IsString()
  STRIPE_SECRET_KEY?: string;

  /** Signing secret of the `POST /webhooks/stripe` endpoint (whsec_…); required with STRIPE_SECRET_KEY. */
  @IsOptional()
  @IsString()
  STRIPE_WEBHOOK_SECRET?: string;

  /** Another Stripe-compatible API base (a local mock); the real API when unset. */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  STRIPE_API_URL?: string;

  /** How long a checkout's payment link stays valid; its stock is held a little longer. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 3600)
  PAYMENT_LINK_TTL_SECONDS = 3600;

  /** How long an order paid by hand (no Stripe key) holds its stock before it is cancelled. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(30 * 24 * 3600)
  MANUAL_PAYMENT_HOLD_SECONDS = 3 * 24 * 3600;
}
