# Sourced by the checks that build against the packed packages (test-package.sh, check-snippets.sh): packs WeComGen
# and its companion packages into a folder feed, and prepares a consumer folder that sees only that feed (its own
# nuget.config and global packages folder, so a repacked version of the same number is picked up) and none of the
# repository's Directory.*.props.
# Needs: root (the repository), work (the check's folder), version (the version to pack as), passed and failed
# (the counts check adds to).

# check NAME COMMAND...: runs one check, its output in $work/NAME.log; prints "check: NAME: passed" or its log's tail.
check() {
  local name="$1"; shift
  if "$@" >"$work/$name.log" 2>&1; then echo "check: $name: passed"; passed=$((passed+1));
  else echo "check: $name: FAILED (log: $work/$name.log)"; tail -n 30 "$work/$name.log" | sed 's/^/    /'; failed=$((failed+1)); fi
}

# The DI, ASP.NET Core and Redis libraries ship as packages of their own that depend on WeComGen by name.
companion_packages="WeComGen.Extensions.DependencyInjection WeComGen.AspNetCore WeComGen.Redis"

pack() { dotnet pack "$root/src/WeComGen.Package" -c Release -o "$work/feed" -p:Version="$version"; }

pack_companions() {
  local name
  for name in $companion_packages; do
    dotnet pack "$root/src/$name" -c Release -o "$work/feed" -p:Version="$version" || return 1
    unzip -p "$work/feed/$name.$version.nupkg" "$name.nuspec" | grep -q "<dependency id=\"WeComGen\" version=\"$version\"" \
      || { echo "$name does not depend on WeComGen $version"; return 1; }
  done
}

# consumer_folder DIR: DIR restores from the feed (and the machine's usual sources) and inherits nothing.
consumer_folder() {
  mkdir -p "$1"
  echo "<Project />" > "$1/Directory.Build.props"
  echo '<Project />' > "$1/Directory.Packages.props"
  cat > "$1/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config><add key="globalPackagesFolder" value="$work/packages" /></config>
  <packageSources><add key="local" value="$work/feed" /></packageSources>
</configuration>
XML
}
