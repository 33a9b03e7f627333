-- wrk script of bench/run-team-bench.sh: the request each scenario sends, by environment
-- (wrk passes no arguments to a script's request() otherwise).
--   BENCH_SCENARIO  list | list-after-write | create | introspect
--   BENCH_TOKEN     the access token;
--   BENCH_CLIENT_BASIC  "Basic ..." of a confidential client (introspect)
local scenario = os.getenv("BENCH_SCENARIO")
local token = os.getenv("BENCH_TOKEN")
local clientBasic = os.getenv("BENCH_CLIENT_BASIC")
local listPath = "/v1/tasks?limit=50"

local function headers(extra)
  local all = {}
  for name, value in pairs(wrk.headers) do all[name] = value end
  for name, value in pairs(extra) do all[name] = value end
  return all
end

local bearer = { ["Authorization"] = "Bearer " .. (token or "") }
local json = headers({ ["Authorization"] = bearer["Authorization"],
                       ["Content-Type"] = "application/json" })
local counter = 0

request = function()
  counter = counter + 1
  if scenario == "list" then
    return wrk.format("GET", listPath, headers(bearer))
  elseif scenario == "list-after-write" then
    -- Every list follows a write to the same account: no cached answer survives it. A new
    -- task, not an edit: concurrent edits of one task get 412 (docs/api.md 13.2), by design.
    if counter % 2 == 1 then
      return wrk.format("POST", "/v1/tasks", json,
                        '{"title":"Written before a list ' .. counter .. '","labels":["bench"]}')
    end
    return wrk.format("GET", listPath, headers(bearer))
  elseif scenario == "create" then
    return wrk.format("POST", "/v1/tasks", json,
                      '{"title":"Benchmark creation ' .. counter .. '","labels":["bench"]}')
  elseif scenario == "introspect" then
    return wrk.format("POST", "/oauth2/introspect",
                      headers({ ["Authorization"] = clientBasic,
                                ["Content-Type"] = "application/x-www-form-urlencoded" }),
                      "token=" .. token)
  end
  error("unknown BENCH_SCENARIO " .. tostring(scenario))
end
