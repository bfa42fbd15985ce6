"""The Redis scripts of a distributed crawl, each one atomic."""

from __future__ import annotations

# Puts back the requests of worker ARGV[2] (taken and unstored), releases the
# texts it claimed but never delivered, and marks its unfinished seeding.
_REQUEUE = """
local function requeue(p, w)
  local n = 0
  for _, h in ipairs({p .. ':taken:' .. w, p .. ':unstored:' .. w}) do
    local all = redis.call('HGETALL', h)
    for i = 2, #all, 2 do
      local v = all[i]
      local sep = string.find(v, '|', 1, true)
      redis.call('ZADD', p .. ':requests', string.sub(v, 1, sep - 1), string.sub(v, sep + 1))
      n = n + 1
    end
    redis.call('DEL', h)
  end
  local prefix = w .. ' '
  for _, k in ipairs(redis.call('SMEMBERS', p .. ':claims:' .. w)) do
    local v = redis.call('HGET', p .. ':content', k)
    if v and string.sub(v, 1, #prefix) == prefix then
      redis.call('HDEL', p .. ':content', k)
    end
  end
  redis.call('DEL', p .. ':claims:' .. w)
  if redis.call('GET', p .. ':seeded') == w .. ' seeding' then
    redis.call('SET', p .. ':seeded', w .. ' abandoned')
  end
  return n
end
"""

# Every other registered worker whose heartbeat expired: requeue, deregister.
# Returns {worker, count, worker, count, ...}.
REAP = _REQUEUE + """
local p, me = ARGV[1], ARGV[2]
local out = {}
for _, w in ipairs(redis.call('SMEMBERS', p .. ':workers')) do
  if w ~= me and redis.call('EXISTS', p .. ':alive:' .. w) == 0 then
    local n = requeue(p, w)
    redis.call('SREM', p .. ':workers', w)
    table.insert(out, w)
    table.insert(out, n)
  end
end
return out
"""

# Registers ARGV[2]. With no other live worker, an earlier crawl with work
# queued is resumed; else whatever is left of a finished one is cleared.
JOIN = """
local p, me, ttl = ARGV[1], ARGV[2], ARGV[3]
local others = 0
for _, w in ipairs(redis.call('SMEMBERS', p .. ':workers')) do
  if w ~= me and redis.call('EXISTS', p .. ':alive:' .. w) == 1 then others = others + 1 end
end
local queued = redis.call('ZCARD', p .. ':requests')
local state = 'join'
if others == 0 then
  if queued > 0 then
    state = 'resume'
  else
    state = 'fresh'
    redis.call('DEL', p .. ':requests', p .. ':dupefilter', p .. ':seeded', p .. ':content')
  end
end
redis.call('SADD', p .. ':workers', me)
redis.call('SET', p .. ':alive:' .. me, '1', 'PX', ttl)
return {state, queued, others}
"""

# Deregisters ARGV[2] (its leftovers, normally none, go back to the queue);
# the last one out of a finished crawl deletes its keys. Returns {requeued, cleaned}.
LEAVE = _REQUEUE + """
local p, me = ARGV[1], ARGV[2]
local n = requeue(p, me)
redis.call('DEL', p .. ':alive:' .. me)
redis.call('SREM', p .. ':workers', me)
if redis.call('SCARD', p .. ':workers') == 0 and redis.call('ZCARD', p .. ':requests') == 0 then
  redis.call('DEL', p .. ':requests', p .. ':dupefilter', p .. ':seeded', p .. ':content', p .. ':workers')
  return {n, 1}
end
return {n, 0}
"""

# Takes the best request: out of the queue, into this worker's taken hash.
POP = """
local r = redis.call('ZPOPMIN', KEYS[1])
if #r == 0 then return false end
redis.call('HSET', KEYS[2], ARGV[1], r[2] .. '|' .. r[1])
return r[1]
"""

# A finished request whose records wait for delivery: taken -> unstored.
PARK = """
local v = redis.call('HGET', KEYS[1], ARGV[1])
if v then
  redis.call('HSET', KEYS[2], ARGV[1], v)
  redis.call('HDEL', KEYS[1], ARGV[1])
end
return 0
"""

# Why the crawl is not quiet, or '' if it is.
BUSY = """
local p = ARGV[1]
local queued = redis.call('ZCARD', p .. ':requests')
if queued > 0 then return 'queued ' .. queued end
local s = redis.call('GET', p .. ':seeded')
if s then
  local sep = string.find(s, ' ', 1, true)
  local who, state = string.sub(s, 1, sep - 1), string.sub(s, sep + 1)
  if state == 'abandoned' then return 'abandoned' end
  if state == 'seeding' and redis.call('EXISTS', p .. ':alive:' .. who) == 1 then
    return 'seeding ' .. who
  end
end
for _, w in ipairs(redis.call('SMEMBERS', p .. ':workers')) do
  if redis.call('HLEN', p .. ':taken:' .. w) > 0 then return 'in flight at ' .. w end
end
return ''
"""

# Seeding: ARGV[1] = worker, ARGV[2] = '1' if a missing key may be claimed.
CLAIM_SEEDING = """
local v = redis.call('GET', KEYS[1])
if (not v and ARGV[2] == '1') or (v and string.sub(v, -10) == ' abandoned') then
  redis.call('SET', KEYS[1], ARGV[1] .. ' seeding')
  return 1
end
return 0
"""

# Compare and set (or delete when ARGV[2] is empty).
SWAP = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
if ARGV[2] == '' then redis.call('DEL', KEYS[1]) else redis.call('SET', KEYS[1], ARGV[2]) end
return 1
"""

# A stored text: claim "<hash>:<site>" unless another page holds it.
# Returns false, or the holder ("<worker> <url>").
CLAIM_TEXT = """
local mine = ARGV[2] .. ' ' .. ARGV[3]
local v = redis.call('HGET', KEYS[1], ARGV[1])
if not v then
  redis.call('HSET', KEYS[1], ARGV[1], mine)
  if ARGV[4] == '1' then redis.call('SADD', KEYS[2], ARGV[1]) end
  return false
end
if v == mine then return false end
return v
"""


SOURCES = {
    "reap": REAP, "join": JOIN, "leave": LEAVE, "pop": POP, "park": PARK, "busy": BUSY,
    "claim_seeding": CLAIM_SEEDING, "swap": SWAP, "claim_text": CLAIM_TEXT,
}


class Scripts:
    """The scripts above, registered once on a Redis client: run(name, keys, args)."""

    def __init__(self, server):
        self._scripts = {name: server.register_script(source) for name, source in SOURCES.items()}

    def run(self, name: str, keys=(), args=()):
        return self._scripts[name](keys=list(keys), args=list(args))


def reply_text(value) -> str:
    """A Redis reply (bytes, or str with decode_responses) as str."""
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)
