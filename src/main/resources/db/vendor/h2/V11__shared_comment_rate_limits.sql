-- The embedded H2 database serves one instance, which keeps its comment rate limits in memory.
-- This version exists so both databases report the same schema version.
SELECT 1;
