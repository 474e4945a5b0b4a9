# The cache (original: space.cache.deactivate(), use_cache=False, space.cache.clear())

# Deactivate the cache for a space: subsequent requests return fresh data
space "Big Project" | cache off

# Deactivate the cache for every space
cache off

# Purge stale data from a space's cache and begin refilling it
cache on
space "Big Project" | cache clear
