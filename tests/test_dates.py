"""Chinese dates relative to a fetch time."""
from datetime import datetime

import pytest

from extract.dates import CHINA, parse_date

FETCHED = datetime(2022, 12, 22, 12, 0, tzinfo=CHINA)


@pytest.mark.parametrize("text, expected", [
    ("2022年12月21日 10:30", datetime(2022, 12, 21, 10, 30)),
    ("2022-12-21", datetime(2022, 12, 21)),
    ("2022.1.5", datetime(2022, 1, 5)),
    ("发布时间：2022/12/21 10:30:05", datetime(2022, 12, 21, 10, 30, 5)),
    ("12-21 10:30", datetime(2022, 12, 21, 10, 30)),
    ("12-23 10:30", datetime(2021, 12, 23, 10, 30)),  # never after the fetch time: last year
    ("3小时前", datetime(2022, 12, 22, 9, 0)),
    ("5分钟前", datetime(2022, 12, 22, 11, 55)),
    ("昨天 10:30", datetime(2022, 12, 21, 10, 30)),
    ("前天", datetime(2022, 12, 20)),
    ("刚刚", datetime(2022, 12, 22, 12, 0)),
    ("二〇二二年十二月二十一日", datetime(2022, 12, 21)),
    ("1671589800", datetime(2022, 12, 21, 10, 30)),        # epoch seconds (JSON APIs)
    ("1671589800000", datetime(2022, 12, 21, 10, 30)),     # epoch milliseconds
    ("Wed, 21 Dec 2022 02:30:00 GMT", datetime(2022, 12, 21, 10, 30)),  # RFC 2822 (RSS)
    ("2022-12-21T10:30:00+08:00", datetime(2022, 12, 21, 10, 30)),
    ("2017年06月15日16:14", datetime(2017, 6, 15, 16, 14)),  # finvest-news date field
])
def test_parse_date(text, expected):
    assert parse_date(text, FETCHED) == expected.replace(tzinfo=CHINA)


def test_epoch_number():
    assert parse_date(1671589800, FETCHED) == datetime(2022, 12, 21, 10, 30, tzinfo=CHINA)


@pytest.mark.parametrize("text", [None, "", "没有日期", "2022-13-45"])
def test_no_date(text):
    assert parse_date(text, FETCHED) is None


def test_result_is_aware_china_time():
    assert parse_date("2022-12-21 10:30", FETCHED).utcoffset().total_seconds() == 8 * 3600
