#!/usr/bin/env python3
"""The benchmark's steps that are easier in Python than in bash (standard library only).

  bench.py params  URL PG_PORT ARTICLES OUT    pick the parameters from the data and the API
  bench.py prepare URL PG_PORT PARAMS WORK RE  write each query's body, check it against its floor
  bench.py run     PG_PORT DURATION MIX_C SHAPE_C JAR URL  print the settings, machine and service build
  bench.py collect SIZE ARTICLES WORK OUT      gather wrk's and JMH's figures into one JSON file
"""
import base64
import json
import math
import os
import platform
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent
QUERIES = BENCH / 'queries'
GROUPS = ('mix', 'shapes')


def post(url, body):
    request = urllib.request.Request(url, data=body.encode(), method='POST', headers={
        'Content-Type': 'application/json', 'Accept': 'application/json'})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def graphql(url, query):
    status, text = post(url, json.dumps({'query': query}))
    answer = json.loads(text)
    if status != 200 or 'errors' in answer:
        sys.exit(f'{query}: HTTP {status}: {text[:500]}')
    return answer['data']


def psql(pg_port, params, *args):
    variables = [arg for name, value in params.items() for arg in ('-v', f'{name}={value}')]
    return subprocess.run(['psql', '-h', 'localhost', '-p', str(pg_port), '-U', 'postgres', '-X', '-q', '-At',
                           '-v', 'ON_ERROR_STOP=1', *variables, *args, 'postgres'],
                          check=True, capture_output=True, text=True).stdout.strip()


def misspelled(name):
    """The name without its middle letter: a typo the name filters should forgive."""
    i = len(name) // 2
    while not name[i].isalpha():
        i += 1
    return name[:i] + name[i + 1:]


def scope(url, arguments):
    """The opaque scope of a connection's cursors, read from a real cursor."""
    cursor = graphql(url, f'{{ articles(first: 1{arguments}) {{ pageInfo {{ endCursor }} }} }}')
    encoded = cursor['articles']['pageInfo']['endCursor']
    return json.loads(base64.urlsafe_b64decode(encoded + '=' * (-len(encoded) % 4)))['s']


def cursor(keys, scope_id):
    """A cursor as the service encodes it (KeysetPager): base64url without padding of {"k", "s"}."""
    text = json.dumps({'k': keys, 's': scope_id}, separators=(',', ':'), ensure_ascii=False)
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip('=')


def params(url, pg_port, articles, out):
    loaded = graphql(url, '{ dataset { counts { articles } } }')['dataset']['counts']['articles']
    if loaded != int(articles):
        sys.exit(f'The service serves {loaded} articles, not {articles}: is this the right data directory?')
    picked = json.loads(psql(pg_port, {}, '-f', str(BENCH / 'lib' / 'params.sql')))
    missing = [name for name, value in picked.items() if value is None]
    if missing:
        sys.exit(f'The dataset gives no value for {missing}')
    picked['fuzzyOrgName'] = misspelled(picked['hotOrgName'])
    picked['fuzzyPersonName'] = misspelled(picked['hotPersonName'])
    by_title = scope(url, ', orderBy: {field: TITLE, direction: ASC}')
    picked['deepCursor'] = cursor([picked['deepTitle'], picked['deepId']], by_title)
    picked['backCursor'] = cursor([picked['backDate'], picked['backId']], scope(url, ''))
    Path(out).write_text(json.dumps(picked, indent=2, ensure_ascii=False) + '\n')


def same(a, b, path='data'):
    """Where two JSON values differ (floats to 1e-9), or None."""
    if isinstance(a, float) or isinstance(b, float):
        ok = isinstance(a, (int, float)) and isinstance(b, (int, float)) and math.isclose(a, b, rel_tol=1e-9)
        return None if ok else f'{path}: {a!r} vs {b!r}'
    if isinstance(a, dict) and isinstance(b, dict):
        if a.keys() != b.keys():
            return f'{path}: fields {sorted(a)} vs {sorted(b)}'
        return next((d for k in a if (d := same(a[k], b[k], f'{path}.{k}'))), None)
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f'{path}: {len(a)} items vs {len(b)}'
        return next((d for i, (x, y) in enumerate(zip(a, b)) if (d := same(x, y, f'{path}[{i}]'))), None)
    return None if a == b else f'{path}: {str(a)[:120]!r} vs {str(b)[:120]!r}'


def check(url, pg_port, picked, name, body):
    """ok, or why the query cannot be measured: an error, no data, or a floor with other data."""
    status, text = post(url, body)
    if status != 200 or '"errors"' in text:
        return 'error', f'HTTP {status}: {text[:300]}'
    data = json.loads(text).get('data')
    if not data or not any(data.values()):
        return 'error', f'no data: {text[:300]}'
    try:
        floor = json.loads(psql(pg_port, picked, '-f', str(QUERIES / f'{name}.sql')))
    except subprocess.CalledProcessError as error:
        return 'floor-error', error.stderr.strip()[:300]
    difference = same(data, floor)
    return ('ok', '') if difference is None else ('floor-mismatch', difference)


def prepare(url, pg_port, params_file, work, pattern):
    picked = json.loads(Path(params_file).read_text())
    bodies = Path(work) / 'bodies'
    bodies.mkdir(parents=True, exist_ok=True)
    checks = {}
    for group in GROUPS:
        for document in sorted((QUERIES / group).glob('*.graphql')):
            name = f'{group}/{document.stem}'
            if not re.search(pattern, name):
                continue
            query = document.read_text()
            variables = {v: picked[v] for v in re.findall(r'\$(\w+)\s*:', query)}
            body = json.dumps({'query': query, 'variables': variables}, ensure_ascii=False)
            (bodies / f'{group}__{document.stem}.json').write_text(body)
            status, detail = check(url, pg_port, picked, name, body)
            checks[name] = {'check': status, 'detail': detail}
            print(f'{name}\t{status}\t{detail}')
    (Path(work) / 'checks.json').write_text(json.dumps(checks, indent=2) + '\n')


def now():
    return time.strftime('%Y-%m-%dT%H:%M:%S%z')


def machine(pg_port):
    cpu = next((line.split(':', 1)[1].strip() for line in open('/proc/cpuinfo') if line.startswith('model name')), '?')
    memory = next(int(line.split()[1]) for line in open('/proc/meminfo') if line.startswith('MemTotal'))
    java = subprocess.run(['java', '-version'], capture_output=True, text=True).stderr.splitlines()
    return {'nproc': os.cpu_count(), 'memory_gib': round(memory / 1024 / 1024, 1), 'cpu': cpu,
            'os': platform.platform(), 'java': java[1] if len(java) > 1 else java[0],
            'postgresql': psql(pg_port, {}, '-c', 'select version()'),
            'loadavg': open('/proc/loadavg').read().split()[:3]}


def service(jar, url):
    """Which build was measured: the jar and the commit its /actuator/info names."""
    with urllib.request.urlopen(url.replace('/graphql', '/actuator/info'), timeout=30) as response:
        info = json.loads(response.read())
    return {'jar': jar, 'commit': info.get('git', {}).get('commit', {}).get('id'),
            'branch': info.get('git', {}).get('branch')}


def collect(size, articles, work, out):
    work = Path(work)
    run = json.loads((work / 'run.json').read_text())
    queries = {name: {'group': name.split('/')[0], **check, 'graphql': {}, 'floor': {}}
               for name, check in json.loads((work / 'checks.json').read_text()).items()}
    for file in sorted((work / 'wrk').glob('*.json')):
        group, rest = file.stem.split('__')
        name, c = rest.rsplit('.c', 1)
        figures = json.loads(file.read_text())
        seconds = figures['duration_us'] / 1e6
        queries[f'{group}/{name}']['graphql'][c] = {
            'rps': round(figures['requests'] / seconds, 1), 'requests': figures['requests'],
            # no request answered within the duration: no percentiles
            **{f'p{p}_ms': figures[f'p{p}_us'] / 1000 if figures['requests'] else None for p in (50, 95, 99)},
            'errors': figures['non2xx'] + figures['graphql_errors'] + figures['socket_errors'],
            'timeouts': figures['timeouts']}
    for file in sorted(work.glob('floor-c*.json')):
        for result in json.loads(file.read_text()):
            metric = result['primaryMetric']
            scale = {'us/op': 1e-3, 'ms/op': 1.0, 'ns/op': 1e-6}[metric['scoreUnit']]
            queries[result['params']['query']]['floor'][str(result['threads'])] = {
                'samples': sum(n for fork in metric['rawDataHistogram'] for it in fork for _, n in it),
                **{f'p{p}_ms': metric['scorePercentiles'][f'{p}.0'] * scale for p in (50, 95, 99)}}
    result = {'size': size, 'articles': int(articles), **run, 'finished': now(),
              'params': json.loads((work / 'params.json').read_text()), 'queries': queries}
    every = sum(1 for group in GROUPS for _ in (QUERIES / group).glob('*.graphql'))
    if len(queries) < every and Path(out).exists():
        # a run of some queries (--queries) replaces their figures in the full run's file and says so
        full = json.loads(Path(out).read_text())
        full['queries'].update(queries)
        full.setdefault('reruns', []).append({k: result[k] for k in ('started', 'finished', 'machine', 'service')}
                                             | {'queries': sorted(queries)})
        result = full
    Path(out).write_text(json.dumps(result, indent=1, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    command, args = sys.argv[1], sys.argv[2:]
    if command == 'params':
        params(*args)
    elif command == 'prepare':
        prepare(*args)
    elif command == 'run':
        pg_port, duration, mix, shapes, jar, url = args
        print(json.dumps({'started': now(), 'machine': machine(pg_port), 'service': service(jar, url),
                          'duration': duration, 'warmup': '1s',
                          'concurrency': {'mix': mix.split(','), 'shapes': shapes.split(',')}}))
    elif command == 'collect':
        collect(*args)
    else:
        sys.exit(__doc__)
