#!/usr/bin/env bash
# Tests scripts/slurm/ on a real Slurm: a single-node cluster on 127.0.0.1 started here, without systemd.
#
#   bash scripts/slurm/selftest.sh        (as root, or as a user with passwordless sudo)
#
# 1. installs Debian's slurm-wlm and munge by name if missing (apt-get update once, then install);
# 2. builds the CLI (Release) and runs the experiment locally, without Slurm: sweep, then summarize;
# 3. creates /etc/munge/munge.key if absent (owner munge, mode 400) and starts munged as the munge user
#    on a socket of its own in a scratch folder (a system munged, if any, is left alone);
# 4. writes a minimal slurm.conf into the scratch folder (state, spool, pid and log files there too, free
#    ports) and starts slurmctld and slurmd with SLURM_CONF pointing at it;
# 5. submits the same experiment with scripts/slurm/submit.sh as a 4-task array plus the dependent
#    summarize job, waits for both (with a timeout) and checks that every file of the sweep folder,
#    summary included, has the same sha256 as the local one (run.json holds wall-clock timings: left out);
# 6. runs a tiny Morris sensitivity study locally and as a 2-task array of adoptionsim.sbatch plus the
#    dependent gathering job (the route docs/cluster.md gives calibrate and sensitivity) and compares its tables;
# 7. stops every daemon it started, on success and on failure (trap on EXIT). On failure it prints the
#    daemons' and jobs' logs to stderr and keeps the scratch folder.
#
# It skips (exit 0, saying why) only when it cannot act as root: not root and no passwordless sudo.
# Every other problem is a failure (exit 1). Environment: SLURM_SELFTEST_EXPERIMENT (default
# scenarios/experiments/two-cities-q.yaml), SLURM_SELFTEST_TIMEOUT (seconds for the jobs, default 180),
# SLURM_SELFTEST_KEEP=1 (keep the scratch folder after a success too), TMPDIR (where the scratch folder
# goes, default /tmp).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
say() { echo "slurm-selftest [${SECONDS}s]: $*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

if [ "$(id -u)" -eq 0 ]; then
  as_root() { "$@"; }
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root() { sudo -n "$@"; }
else
  say "SKIPPED: needs root or passwordless sudo (to install slurm-wlm and munge and to start munged, slurmctld and slurmd as root); running as $(id -un) without them"
  exit 0
fi
command -v dotnet >/dev/null || fail "dotnet not found (the .NET 10 SDK is a prerequisite, see README)"

# --- 1. packages ---------------------------------------------------------------------------------
missing=()
for p in slurm-wlm munge; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  as_root apt-get -o DPkg::Lock::Timeout=300 update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
for b in munged munge unmunge slurmctld slurmd sbatch squeue scontrol sinfo scancel setpriv; do
  command -v "$b" >/dev/null || [ -x "/usr/sbin/$b" ] || fail "$b not found after installing slurm-wlm and munge"
done
PATH=$PATH:/usr/sbin

# --- scratch folder; daemons of an earlier self-test that was killed before its trap ran -----------
# A scratch folder holds owner.pid (the self-test's shell). When that process is gone, any daemon still
# running with that folder on its command line was started by that self-test and is stopped here.
ours() { # PID DIR: the process is alive and was started with DIR on its command line
  [ -n "$1" ] && [ -r "/proc/$1/cmdline" ] && tr '\0' ' ' < "/proc/$1/cmdline" | grep -qF "$2"
}
pids_named() { # NAME…: processes whose command name is one of these (procps may be absent)
  local f name
  for f in /proc/[0-9]*/comm; do
    name=$(cat "$f" 2>/dev/null) || continue
    for n in "$@"; do [ "$name" = "$n" ] && { f=${f#/proc/}; echo "${f%/comm}"; }; done
  done
}
stop_pid() { # PID DIR NAME: SIGTERM, wait up to 10 s, then SIGKILL
  local pid=$1 dir=$2 name=$3 i
  ours "$pid" "$dir" || return 0
  say "stopping $name (pid $pid)"
  as_root kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 50); do ours "$pid" "$dir" || return 0; sleep 0.2; done
  say "$name (pid $pid) did not stop on SIGTERM; SIGKILL"
  as_root kill -KILL "$pid" 2>/dev/null || true
}
job_pids() { # CONF: slurmstepd and job processes of that cluster: they carry its SLURM_CONF in their environment
  as_root bash -c 'for e in /proc/[0-9]*/environ; do
      p=${e#/proc/}; p=${p%/environ}
      env=$( { tr "\0" "\n" < "$e"; } 2>/dev/null) && grep -qxF "SLURM_CONF=$1" <<< "$env" || continue
      { [ "$(cat "/proc/$p/comm" 2>/dev/null)" = slurmstepd ] || grep -qxF SLURM_CLUSTER_NAME=adoptionsim-selftest <<< "$env"; } && echo "$p"
    done; true' _ "$1"
}
stop_cluster() { # DIR: stops what the self-test with scratch folder DIR started, and what its jobs left
  local dir=$1 p
  stop_pid "$(as_root cat "$dir/run/slurmd.pid" 2>/dev/null)" "$dir" slurmd
  stop_pid "$(as_root cat "$dir/run/slurmctld.pid" 2>/dev/null)" "$dir" slurmctld
  # A job's slurmstepd outlives slurmd by design, and the job's processes outlive a killed slurmstepd.
  for p in $(job_pids "$dir/slurm.conf"); do
    say "stopping pid $p ($(cat "/proc/$p/comm" 2>/dev/null)) left by a job"
    as_root kill -KILL "$p" 2>/dev/null || true
  done
  stop_pid "$(as_root cat "$dir/munge/munged.pid" 2>/dev/null)" "$dir" munged
}
still_running() { # DIR: what stop_cluster DIR should have stopped, if anything is left
  local p
  for p in $(pids_named slurmctld slurmd munged); do ours "$p" "$1" && echo "$p"; done
  job_pids "$1/slurm.conf"
}
scratch_base=${TMPDIR:-/tmp}/adoptionsim-slurm-selftest
for old in "$scratch_base".*; do
  [ -f "$old/owner.pid" ] || continue
  [ -d "/proc/$(cat "$old/owner.pid")" ] && continue
  [ -n "$(still_running "$old")" ] || continue
  say "stopping what a self-test killed before its cleanup left running ($old)"
  stop_cluster "$old"
done

# The scratch folder is root's: munged refuses a log file below a folder owned by anyone but root or munge.
scratch=$(as_root mktemp -d "$scratch_base.XXXXXX")
as_root chmod 755 "$scratch"   # the munge user and the submitting user reach their folders inside
echo $$ | as_root tee "$scratch/owner.pid" >/dev/null
conf=$scratch/slurm.conf
run=$scratch/run           # pid files, state, spool, daemon logs (root's)
munge_dir=$scratch/munge   # munged's socket, pid, log and seed (the munge user's)
work=$scratch/work         # the build log, both sweeps, job outputs (the submitting user's)
logs=$work/logs
as_root mkdir -p "$run/state" "$run/spool" "$munge_dir" "$work"
as_root chown "$(id -u):$(id -g)" "$work"
as_root chown munge:munge "$munge_dir"
as_root chmod 755 "$munge_dir"   # munged requires its socket's folder to be searchable by all
mkdir -p "$logs"
# slurmd runs each batch script from its spool folder: a noexec /tmp would fail every job, so say so now.
printf '#!/bin/sh\nexit 0\n' | as_root tee "$run/spool/exec-check" >/dev/null
as_root chmod 755 "$run/spool/exec-check"
as_root "$run/spool/exec-check" || fail "cannot execute files in $scratch (mounted noexec?); set TMPDIR to another folder"
as_root rm -f "$run/spool/exec-check"
socket=$munge_dir/munge.socket
jobs=""
ok=0

show_logs() {
  local f
  for f in "$run/slurmctld.log" "$run/slurmd.log" "$munge_dir/munged.log" "$work/local.log" "$logs"/*; do
    as_root test -f "$f" || continue
    echo "----- $f (last 60 lines) -----" >&2
    as_root tail -n 60 "$f" >&2 || true
  done
  if [ -n "$jobs" ] && ours "$(as_root cat "$run/slurmctld.pid" 2>/dev/null)" "$scratch"; then
    echo "----- scontrol show job -----" >&2
    for j in $jobs; do SLURM_CONF=$conf timeout 10 scontrol show job "$j" >&2 2>&1 || true; done
  fi
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  set +e
  if [ "$ok" != 1 ]; then
    say "failure or interruption (exit $status): logs follow on stderr"
    show_logs
  fi
  if [ -n "$jobs" ] && ours "$(as_root cat "$run/slurmctld.pid" 2>/dev/null)" "$scratch"; then
    SLURM_CONF=$conf timeout 10 scancel $jobs 2>/dev/null
    for _ in $(seq 30); do
      [ -z "$(SLURM_CONF=$conf timeout 5 squeue -h -o %i 2>/dev/null)" ] && break
      sleep 0.5
    done
  fi
  stop_cluster "$scratch"
  sleep 0.2
  local left
  left=$(still_running "$scratch" | paste -sd' ')
  [ -n "$left" ] && { say "FAILED: processes still running after cleanup: $left"; status=1; }
  if [ "$ok" = 1 ] && [ "$status" = 0 ] && [ -z "${SLURM_SELFTEST_KEEP:-}" ]; then
    as_root rm -rf "$scratch"
  else
    say "scratch folder kept for inspection: $scratch"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start=$SECONDS
experiment=${SLURM_SELFTEST_EXPERIMENT:-scenarios/experiments/two-cities-q.yaml}
timeout_s=${SLURM_SELFTEST_TIMEOUT:-180}

# --- 2. build, and the reference: the same sweep run locally -------------------------------------
say "building the CLI (Release)"
dotnet build src/AdoptionSim.Cli -c Release --nologo -v q > "$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; fail "dotnet build src/AdoptionSim.Cli -c Release"; }
dll=$repo/src/AdoptionSim.Cli/bin/Release/net10.0/adoptionsim.dll
say "local reference: sweep $experiment, then summarize"
{ dotnet "$dll" sweep "$experiment" --out "$work/local" && dotnet "$dll" summarize "$work/local"; } \
  > "$work/local.log" 2>&1 || fail "the local sweep failed"

# --- 3. munged, on a socket of its own -------------------------------------------------------------
if ! as_root test -f /etc/munge/munge.key; then
  say "creating /etc/munge/munge.key (owner munge, mode 400)"
  as_root install -d -o munge -g munge -m 700 /etc/munge
  as_root sh -c 'umask 277 && dd if=/dev/urandom of=/etc/munge/munge.key bs=128 count=1 status=none'
  as_root chown munge:munge /etc/munge/munge.key
  as_root chmod 400 /etc/munge/munge.key
fi
say "starting munged as the munge user (socket $socket)"
as_root setpriv --reuid=munge --regid=munge --init-groups munged --socket="$socket" \
  --pid-file="$munge_dir/munged.pid" --log-file="$munge_dir/munged.log" --seed-file="$munge_dir/munged.seed" \
  || fail "munged did not start"
munge --socket="$socket" -n | unmunge --socket="$socket" >/dev/null || fail "munge → unmunge round trip through $socket failed"

# --- 4. slurm.conf, slurmctld, slurmd ------------------------------------------------------------
node=$(hostname -s)
cpus=$(nproc)
# The memory slurmd will measure (slurmd -C), so that the node is not drained for having less than configured.
memory_mb=$(slurmd -C 2>/dev/null | sed -n 's/.*RealMemory=\([0-9]*\).*/\1/p')
[ -n "$memory_mb" ] || memory_mb=$(awk '/^MemTotal:/ { print int($2 / 1024) }' /proc/meminfo)
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for _ in $(seq 50); do   # two free ports side by side, so that another cluster on this machine is no obstacle
  port=$((20000 + RANDOM % 20000))
  port_free "$port" && port_free "$((port + 1))" && break
done
as_root tee "$conf" >/dev/null <<CONF
# Written by scripts/slurm/selftest.sh: a single-node cluster on 127.0.0.1, everything in $scratch.
ClusterName=adoptionsim-selftest
SlurmctldHost=$node(127.0.0.1)
SlurmUser=root
SlurmctldPort=$port
SlurmdPort=$((port + 1))
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$socket
StateSaveLocation=$run/state
SlurmdSpoolDir=$run/spool
SlurmctldPidFile=$run/slurmctld.pid
SlurmdPidFile=$run/slurmd.pid
SlurmctldLogFile=$run/slurmctld.log
SlurmdLogFile=$run/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
MailProg=/bin/true
NodeName=$node NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory_mb State=UNKNOWN
PartitionName=selftest Nodes=$node Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$conf
say "starting slurmctld and slurmd (SLURM_CONF=$conf, ports $port and $((port + 1)), node $node: $cpus CPUs, $memory_mb MB)"
as_root env SLURM_CONF="$conf" slurmctld -f "$conf" || fail "slurmctld did not start"
for i in $(seq 40); do
  scontrol ping 2>/dev/null | grep -q 'is UP' && break
  [ "$i" = 40 ] && fail "slurmctld not answering after 20 s"
  sleep 0.5
done
as_root env SLURM_CONF="$conf" slurmd -f "$conf" -N "$node" || fail "slurmd did not start"
for i in $(seq 60); do
  [ "$(sinfo -h -N -n "$node" -o %T 2>/dev/null)" = idle ] && break
  [ "$i" = 60 ] && fail "node $node not idle after 30 s: $(sinfo -N 2>&1)"
  sleep 0.5
done

# --- 5. the sweep on Slurm -----------------------------------------------------------------------
say "submitting: bash scripts/slurm/submit.sh --shards 4 --out $work/slurm --logs $logs $experiment"
ADOPTIONSIM="dotnet $dll" bash scripts/slurm/submit.sh --shards 4 --out "$work/slurm" --logs "$logs" "$experiment" \
  > "$work/submit.out" || fail "submit.sh failed"
cat "$work/submit.out" >&2
array_job=$(sed -n 's/^submitted: array job \([0-9]*\) .*/\1/p' "$work/submit.out")
summary_job=$(sed -n 's/^submitted: job \([0-9]*\) .*/\1/p' "$work/submit.out")
[ -n "$array_job" ] && [ -n "$summary_job" ] || fail "no job ids in the output of submit.sh"
jobs="$array_job $summary_job"
say "waiting for jobs $array_job and $summary_job (timeout ${timeout_s} s)"
# wait_for A B WHAT: polls the queue until jobs A and B (an array and the job that depends on it) have left it.
wait_for() {
  local waited=0 queued
  while queued=$(squeue -h -j "$1,$2" 2>&1) || fail "squeue failed (is slurmctld still running?): $queued"; [ -n "$queued" ]; do
    [ "$waited" -ge "$((timeout_s * 2))" ] && { squeue -j "$1,$2" >&2; fail "$3 not finished after ${timeout_s} s"; }
    sleep 0.5; waited=$((waited + 1))
  done
}
# job_states A B: one line per job of A and B (each array task its own), from scontrol.
job_states() {
  local raw
  raw=$( { scontrol show job "$1"; scontrol show job "$2"; } 2>&1 ) || fail "scontrol show job: $raw"
  awk '/^JobId=/ { if (line) print line; line = $0; next } { line = line " " $0 } END { if (line) print line }' <<< "$raw"
}
wait_for "$array_job" "$summary_job" "jobs"
states=$(job_states "$array_job" "$summary_job")
n_ok=$(grep -c 'JobState=COMPLETED .*ExitCode=0:0' <<< "$states" || true)
[ "$n_ok" = 5 ] || fail "expected 4 array tasks and 1 summarize job COMPLETED with exit code 0, got $n_ok:
$(while read -r line; do grep -oE '(^| )(JobId|ArrayTaskId|JobState|Reason|ExitCode)=[^ ]*' <<< "$line" | paste -sd' '; done <<< "$states")"
for i in 0 1 2 3; do
  f=$logs/sweep-$(basename "$experiment" .yaml)-${array_job}_$i.out
  grep -q "shard $i/4" "$f" || fail "$f does not show a sweep of shard $i/4"
done

# --- the check: byte for byte --------------------------------------------------------------------
fingerprint() { (cd "$1" && find . -type f ! -name run.json -print0 | LC_ALL=C sort -z | xargs -0 sha256sum); }
fingerprint "$work/local" > "$work/local.sha256"
fingerprint "$work/slurm" > "$work/slurm.sha256"
files=$(wc -l < "$work/local.sha256")
datasets=$(grep -c '/city_ticks/.*\.parquet$' "$work/local.sha256" || true)
summaries=$(grep -c '/summary/.*\.parquet$' "$work/local.sha256" || true)
[ "$datasets" -gt 0 ] && [ "$summaries" -gt 0 ] || fail "the local sweep has no city_ticks or summary files"
diff "$work/local.sha256" "$work/slurm.sha256" >&2 \
  || fail "the sweep on Slurm differs from the local sweep (sha256 lists above: < local, > Slurm)"
runs_local=$(find "$work/local" -name run.json | wc -l)
runs_slurm=$(find "$work/slurm" -name run.json | wc -l)
[ "$runs_local" = "$runs_slurm" ] || fail "$runs_slurm run.json files on Slurm, $runs_local locally"

# --- 6. a sensitivity study on Slurm: the same array route for any command that takes --shard ------------
# A tiny Morris screening (2 parameters, 3 trajectories: 9 runs of the two-cities scenario with four ideas, 8
# ticks) as a 2-task array of the job script, then the plain command as a dependent job, as docs/cluster.md shows.
study=$work/morris.yaml
cat > "$study" <<YAML
name: selftest-morris
scenario: $repo/scenarios/calibration/two-cities-ideas.yaml
parameters:
  - {key: adoption.q, lower: 2, upper: 8}
  - {key: network.competitor_trust, lower: 0.2, upper: 1}
method: morris
morris: {trajectories: 3}
outputs:
  - {name: adoption, measure: city_ticks.adoption_share, at_ticks: [8]}
replications: 1
ticks: 8
seed: 3
YAML
say "local reference: sensitivity $study"
dotnet "$dll" sensitivity "$study" --out "$work/sens-local" > "$work/sens-local.log" 2>&1 || { cat "$work/sens-local.log" >&2; fail "local sensitivity study failed"; }
job_script=$repo/scripts/slurm/adoptionsim.sbatch
say "submitting: sbatch --array=0-1 $job_script --shards 2 sensitivity $study --out $work/sens-slurm, then the gathering job"
sens_array=$(ADOPTIONSIM="dotnet $dll" sbatch --parsable --array=0-1 --job-name=sens --output="$logs/sens-%A_%a.out" \
  "$job_script" --shards 2 sensitivity "$study" --out "$work/sens-slurm") || fail "sbatch of the sensitivity array failed"
sens_array=${sens_array%%;*}
sens_gather=$(ADOPTIONSIM="dotnet $dll" sbatch --parsable --dependency="afterok:$sens_array" --kill-on-invalid-dep=yes --job-name=sens-gather \
  --output="$logs/sens-gather-%j.out" "$job_script" sensitivity "$study" --out "$work/sens-slurm") || fail "sbatch of the gathering job failed"
sens_gather=${sens_gather%%;*}
jobs="$jobs $sens_array $sens_gather"
wait_for "$sens_array" "$sens_gather" "sensitivity jobs"
sens_states=$(job_states "$sens_array" "$sens_gather")
n_ok=$(grep -c 'JobState=COMPLETED .*ExitCode=0:0' <<< "$sens_states" || true)
[ "$n_ok" = 3 ] || fail "expected 2 array tasks and 1 gathering job COMPLETED with exit code 0, got $n_ok: $sens_states"
for i in 0 1; do grep -q "shard $i/2: its runs are complete" "$logs/sens-${sens_array}_$i.out" || fail "task $i did not run shard $i/2"; done
grep -q "mu\*" "$logs/sens-gather-$sens_gather.out" || fail "the gathering job printed no Morris effects"
study_tables() { (cd "$1" && find . -name '*.parquet' -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum); }
diff <(study_tables "$work/sens-local") <(study_tables "$work/sens-slurm") >&2 \
  || fail "the sensitivity study on Slurm differs from the local one (sha256 of its Parquet tables above)"
study_files=$(study_tables "$work/sens-local" | wc -l)

ok=1
say "PASSED in $((SECONDS - start)) s: 4 array tasks + summarize on Slurm $(sinfo -V | cut -d' ' -f2); $files files ($datasets city_ticks, $summaries summary Parquet files) byte-identical to the local sweep (run.json excepted: timings); a sensitivity study as 2 array tasks + its gathering job: $study_files Parquet tables byte-identical to the local study"
