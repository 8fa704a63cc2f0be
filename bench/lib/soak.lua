-- The soak's load (bench/soak.sh): wrk.lua's accounting, with each request taking the next body
-- of the files listed in $BENCH_BODIES, one path per line, so that the whole mix runs at once.
local dir = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(dir .. "wrk.lua")

local bodies = {}
for path in io.lines(os.getenv("BENCH_BODIES")) do
  local file = assert(io.open(path, "rb"))
  table.insert(bodies, file:read("*a"))
  file:close()
end
local next_body = 0

function request()
  next_body = next_body % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[next_body])
end
