#!/usr/bin/python3
"""Small Kafka admin helper for the test harness (run with Debian's /usr/bin/python3,
which has confluent_kafka; librdkafka 2.0.2).

  admin.py --bootstrap B create NAME PARTITIONS RF [--config k=v]... [--timeout S]
  admin.py --bootstrap B delete NAME [--timeout S]
  admin.py --bootstrap B list
  admin.py --bootstrap B watermarks TOPIC           # "partition low high" per line
  admin.py --bootstrap B committed GROUP TOPIC      # "partition offset" per line (-1001 = none)

create waits until metadata shows a leader for every partition (and RF replicas);
delete waits until the topic is gone from metadata. Exit 0 on success, 1 on error.
"""
import argparse
import sys
import time

from confluent_kafka import Consumer, KafkaException, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic


def err(msg):
    print("admin.py: " + msg, file=sys.stderr)


def topic_meta(admin, name):
    md = admin.list_topics(topic=name, timeout=5)
    return md.topics.get(name)


def wait_leaders(admin, name, partitions, rf, deadline):
    last = "no metadata"
    while time.time() < deadline:
        try:
            t = topic_meta(admin, name)
            if t is not None and t.error is None and len(t.partitions) == partitions:
                bad = [p for p in t.partitions.values()
                       if p.leader < 0 or len(p.replicas) < rf or len(p.isrs) < 1]
                if not bad:
                    return True
                last = "%d partition(s) without leader/replicas" % len(bad)
            elif t is not None:
                last = "topic error %s, %d partitions" % (t.error, len(t.partitions))
        except KafkaException as e:
            last = str(e)
        time.sleep(0.2)
    err("timeout waiting for leaders of %s: %s" % (name, last))
    return False


def cmd_create(admin, a):
    cfg = {}
    for kv in a.config or []:
        k, _, v = kv.partition("=")
        cfg[k] = v
    deadline = time.time() + a.timeout
    fut = admin.create_topics([NewTopic(a.name, a.partitions, a.rf, config=cfg)],
                              operation_timeout=a.timeout, request_timeout=a.timeout)
    try:
        fut[a.name].result()
    except KafkaException as e:
        err("create %s failed: %s" % (a.name, e.args[0]))
        return 1
    if not wait_leaders(admin, a.name, a.partitions, a.rf, deadline):
        return 1
    err("created topic %s: %d partition(s), RF %d" % (a.name, a.partitions, a.rf))
    return 0


def cmd_delete(admin, a):
    deadline = time.time() + a.timeout
    fut = admin.delete_topics([a.name], operation_timeout=a.timeout, request_timeout=a.timeout)
    try:
        fut[a.name].result()
    except KafkaException as e:
        err("delete %s failed: %s" % (a.name, e.args[0]))
        return 1
    while time.time() < deadline:
        t = topic_meta(admin, a.name)
        if t is None or t.error is not None:
            err("deleted topic %s" % a.name)
            return 0
        time.sleep(0.2)
    err("timeout: topic %s still in metadata" % a.name)
    return 1


def cmd_list(admin, a):
    md = admin.list_topics(timeout=10)
    for name in sorted(md.topics):
        t = md.topics[name]
        print("%s %d" % (name, len(t.partitions)))
    return 0


def consumer(a, group):
    return Consumer({"bootstrap.servers": a.bootstrap, "group.id": group,
                     "enable.auto.commit": False})


def cmd_watermarks(admin, a):
    t = topic_meta(admin, a.topic)
    if t is None or t.error is not None:
        err("unknown topic %s" % a.topic)
        return 1
    c = consumer(a, "newsev-it-admin-watermarks")
    try:
        for p in sorted(t.partitions):
            lo, hi = c.get_watermark_offsets(TopicPartition(a.topic, p), timeout=10)
            print("%d %d %d" % (p, lo, hi))
    finally:
        c.close()
    return 0


def cmd_committed(admin, a):
    t = topic_meta(admin, a.topic)
    if t is None or t.error is not None:
        err("unknown topic %s" % a.topic)
        return 1
    c = consumer(a, a.group)
    try:
        tps = c.committed([TopicPartition(a.topic, p) for p in sorted(t.partitions)], timeout=10)
        for tp in tps:
            print("%d %d" % (tp.partition, tp.offset))
    finally:
        c.close()
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bootstrap", required=True)
    sub = ap.add_subparsers(dest="cmd")
    c = sub.add_parser("create")
    c.add_argument("name")
    c.add_argument("partitions", type=int)
    c.add_argument("rf", type=int, nargs="?", default=1)
    c.add_argument("--config", action="append", metavar="K=V")
    c.add_argument("--timeout", type=float, default=30)
    d = sub.add_parser("delete")
    d.add_argument("name")
    d.add_argument("--timeout", type=float, default=30)
    sub.add_parser("list")
    w = sub.add_parser("watermarks")
    w.add_argument("topic")
    k = sub.add_parser("committed")
    k.add_argument("group")
    k.add_argument("topic")
    a = ap.parse_args()
    if not a.cmd:
        ap.print_help(sys.stderr)
        return 2
    admin = AdminClient({"bootstrap.servers": a.bootstrap})
    return {"create": cmd_create, "delete": cmd_delete, "list": cmd_list,
            "watermarks": cmd_watermarks, "committed": cmd_committed}[a.cmd](admin, a)


if __name__ == "__main__":
    sys.exit(main())
