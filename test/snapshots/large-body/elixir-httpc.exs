:inets.start()
:ssl.start()

url = ~c"{{baseUrl}}/bulk"
headers = []
content_type = ~c"application/json"
body = "{\n" <>
  "  \"items\": [\n" <>
  "    {\n" <>
  "      \"id\": 0,\n" <>
  "      \"name\": \"item-0\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 1,\n" <>
  "      \"name\": \"item-1\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 2,\n" <>
  "      \"name\": \"item-2\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 3,\n" <>
  "      \"name\": \"item-3\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 4,\n" <>
  "      \"name\": \"item-4\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 5,\n" <>
  "      \"name\": \"item-5\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 6,\n" <>
  "      \"name\": \"item-6\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 7,\n" <>
  "      \"name\": \"item-7\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 8,\n" <>
  "      \"name\": \"item-8\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 9,\n" <>
  "      \"name\": \"item-9\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 10,\n" <>
  "      \"name\": \"item-10\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 11,\n" <>
  "      \"name\": \"item-11\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 12,\n" <>
  "      \"name\": \"item-12\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 13,\n" <>
  "      \"name\": \"item-13\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 14,\n" <>
  "      \"name\": \"item-14\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 15,\n" <>
  "      \"name\": \"item-15\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 16,\n" <>
  "      \"name\": \"item-16\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 17,\n" <>
  "      \"name\": \"item-17\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 18,\n" <>
  "      \"name\": \"item-18\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 19,\n" <>
  "      \"name\": \"item-19\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 20,\n" <>
  "      \"name\": \"item-20\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 21,\n" <>
  "      \"name\": \"item-21\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 22,\n" <>
  "      \"name\": \"item-22\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 23,\n" <>
  "      \"name\": \"item-23\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 24,\n" <>
  "      \"name\": \"item-24\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 25,\n" <>
  "      \"name\": \"item-25\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 26,\n" <>
  "      \"name\": \"item-26\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 27,\n" <>
  "      \"name\": \"item-27\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 28,\n" <>
  "      \"name\": \"item-28\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 29,\n" <>
  "      \"name\": \"item-29\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 30,\n" <>
  "      \"name\": \"item-30\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 31,\n" <>
  "      \"name\": \"item-31\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 32,\n" <>
  "      \"name\": \"item-32\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 33,\n" <>
  "      \"name\": \"item-33\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 34,\n" <>
  "      \"name\": \"item-34\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 35,\n" <>
  "      \"name\": \"item-35\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 36,\n" <>
  "      \"name\": \"item-36\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 37,\n" <>
  "      \"name\": \"item-37\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 38,\n" <>
  "      \"name\": \"item-38\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 39,\n" <>
  "      \"name\": \"item-39\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 40,\n" <>
  "      \"name\": \"item-40\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 41,\n" <>
  "      \"name\": \"item-41\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 42,\n" <>
  "      \"name\": \"item-42\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 43,\n" <>
  "      \"name\": \"item-43\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 44,\n" <>
  "      \"name\": \"item-44\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 45,\n" <>
  "      \"name\": \"item-45\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 46,\n" <>
  "      \"name\": \"item-46\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 47,\n" <>
  "      \"name\": \"item-47\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 48,\n" <>
  "      \"name\": \"item-48\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 49,\n" <>
  "      \"name\": \"item-49\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 50,\n" <>
  "      \"name\": \"item-50\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 51,\n" <>
  "      \"name\": \"item-51\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 52,\n" <>
  "      \"name\": \"item-52\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 53,\n" <>
  "      \"name\": \"item-53\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 54,\n" <>
  "      \"name\": \"item-54\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 55,\n" <>
  "      \"name\": \"item-55\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 56,\n" <>
  "      \"name\": \"item-56\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 57,\n" <>
  "      \"name\": \"item-57\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 58,\n" <>
  "      \"name\": \"item-58\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 59,\n" <>
  "      \"name\": \"item-59\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 60,\n" <>
  "      \"name\": \"item-60\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 61,\n" <>
  "      \"name\": \"item-61\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 62,\n" <>
  "      \"name\": \"item-62\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 63,\n" <>
  "      \"name\": \"item-63\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 64,\n" <>
  "      \"name\": \"item-64\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 65,\n" <>
  "      \"name\": \"item-65\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 66,\n" <>
  "      \"name\": \"item-66\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 67,\n" <>
  "      \"name\": \"item-67\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 68,\n" <>
  "      \"name\": \"item-68\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 69,\n" <>
  "      \"name\": \"item-69\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 70,\n" <>
  "      \"name\": \"item-70\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 71,\n" <>
  "      \"name\": \"item-71\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 72,\n" <>
  "      \"name\": \"item-72\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 73,\n" <>
  "      \"name\": \"item-73\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 74,\n" <>
  "      \"name\": \"item-74\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 75,\n" <>
  "      \"name\": \"item-75\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 76,\n" <>
  "      \"name\": \"item-76\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 77,\n" <>
  "      \"name\": \"item-77\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 78,\n" <>
  "      \"name\": \"item-78\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 79,\n" <>
  "      \"name\": \"item-79\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 80,\n" <>
  "      \"name\": \"item-80\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 81,\n" <>
  "      \"name\": \"item-81\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 82,\n" <>
  "      \"name\": \"item-82\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 83,\n" <>
  "      \"name\": \"item-83\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 84,\n" <>
  "      \"name\": \"item-84\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 85,\n" <>
  "      \"name\": \"item-85\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 86,\n" <>
  "      \"name\": \"item-86\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 87,\n" <>
  "      \"name\": \"item-87\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 88,\n" <>
  "      \"name\": \"item-88\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 89,\n" <>
  "      \"name\": \"item-89\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 90,\n" <>
  "      \"name\": \"item-90\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 91,\n" <>
  "      \"name\": \"item-91\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 92,\n" <>
  "      \"name\": \"item-92\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 93,\n" <>
  "      \"name\": \"item-93\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 94,\n" <>
  "      \"name\": \"item-94\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 95,\n" <>
  "      \"name\": \"item-95\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 96,\n" <>
  "      \"name\": \"item-96\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 97,\n" <>
  "      \"name\": \"item-97\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 98,\n" <>
  "      \"name\": \"item-98\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 99,\n" <>
  "      \"name\": \"item-99\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 100,\n" <>
  "      \"name\": \"item-100\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 101,\n" <>
  "      \"name\": \"item-101\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 102,\n" <>
  "      \"name\": \"item-102\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 103,\n" <>
  "      \"name\": \"item-103\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 104,\n" <>
  "      \"name\": \"item-104\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 105,\n" <>
  "      \"name\": \"item-105\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 106,\n" <>
  "      \"name\": \"item-106\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 107,\n" <>
  "      \"name\": \"item-107\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 108,\n" <>
  "      \"name\": \"item-108\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 109,\n" <>
  "      \"name\": \"item-109\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 110,\n" <>
  "      \"name\": \"item-110\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 111,\n" <>
  "      \"name\": \"item-111\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 112,\n" <>
  "      \"name\": \"item-112\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 113,\n" <>
  "      \"name\": \"item-113\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 114,\n" <>
  "      \"name\": \"item-114\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 115,\n" <>
  "      \"name\": \"item-115\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 116,\n" <>
  "      \"name\": \"item-116\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 117,\n" <>
  "      \"name\": \"item-117\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 118,\n" <>
  "      \"name\": \"item-118\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 119,\n" <>
  "      \"name\": \"item-119\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 120,\n" <>
  "      \"name\": \"item-120\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 121,\n" <>
  "      \"name\": \"item-121\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 122,\n" <>
  "      \"name\": \"item-122\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 123,\n" <>
  "      \"name\": \"item-123\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 124,\n" <>
  "      \"name\": \"item-124\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 125,\n" <>
  "      \"name\": \"item-125\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 126,\n" <>
  "      \"name\": \"item-126\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 127,\n" <>
  "      \"name\": \"item-127\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 128,\n" <>
  "      \"name\": \"item-128\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 129,\n" <>
  "      \"name\": \"item-129\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 130,\n" <>
  "      \"name\": \"item-130\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 131,\n" <>
  "      \"name\": \"item-131\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 132,\n" <>
  "      \"name\": \"item-132\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 133,\n" <>
  "      \"name\": \"item-133\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 134,\n" <>
  "      \"name\": \"item-134\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 135,\n" <>
  "      \"name\": \"item-135\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 136,\n" <>
  "      \"name\": \"item-136\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 137,\n" <>
  "      \"name\": \"item-137\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 138,\n" <>
  "      \"name\": \"item-138\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 139,\n" <>
  "      \"name\": \"item-139\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 140,\n" <>
  "      \"name\": \"item-140\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 141,\n" <>
  "      \"name\": \"item-141\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 142,\n" <>
  "      \"name\": \"item-142\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 143,\n" <>
  "      \"name\": \"item-143\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 144,\n" <>
  "      \"name\": \"item-144\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 145,\n" <>
  "      \"name\": \"item-145\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 146,\n" <>
  "      \"name\": \"item-146\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 147,\n" <>
  "      \"name\": \"item-147\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 148,\n" <>
  "      \"name\": \"item-148\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 149,\n" <>
  "      \"name\": \"item-149\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 150,\n" <>
  "      \"name\": \"item-150\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 151,\n" <>
  "      \"name\": \"item-151\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 152,\n" <>
  "      \"name\": \"item-152\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 153,\n" <>
  "      \"name\": \"item-153\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 154,\n" <>
  "      \"name\": \"item-154\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 155,\n" <>
  "      \"name\": \"item-155\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 156,\n" <>
  "      \"name\": \"item-156\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 157,\n" <>
  "      \"name\": \"item-157\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 158,\n" <>
  "      \"name\": \"item-158\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 159,\n" <>
  "      \"name\": \"item-159\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 160,\n" <>
  "      \"name\": \"item-160\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 161,\n" <>
  "      \"name\": \"item-161\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 162,\n" <>
  "      \"name\": \"item-162\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 163,\n" <>
  "      \"name\": \"item-163\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 164,\n" <>
  "      \"name\": \"item-164\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 165,\n" <>
  "      \"name\": \"item-165\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 166,\n" <>
  "      \"name\": \"item-166\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 167,\n" <>
  "      \"name\": \"item-167\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 168,\n" <>
  "      \"name\": \"item-168\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 169,\n" <>
  "      \"name\": \"item-169\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 170,\n" <>
  "      \"name\": \"item-170\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 171,\n" <>
  "      \"name\": \"item-171\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 172,\n" <>
  "      \"name\": \"item-172\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 173,\n" <>
  "      \"name\": \"item-173\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 174,\n" <>
  "      \"name\": \"item-174\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 175,\n" <>
  "      \"name\": \"item-175\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 176,\n" <>
  "      \"name\": \"item-176\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 177,\n" <>
  "      \"name\": \"item-177\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 178,\n" <>
  "      \"name\": \"item-178\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 179,\n" <>
  "      \"name\": \"item-179\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 180,\n" <>
  "      \"name\": \"item-180\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 181,\n" <>
  "      \"name\": \"item-181\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 182,\n" <>
  "      \"name\": \"item-182\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 183,\n" <>
  "      \"name\": \"item-183\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 184,\n" <>
  "      \"name\": \"item-184\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 185,\n" <>
  "      \"name\": \"item-185\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 186,\n" <>
  "      \"name\": \"item-186\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 187,\n" <>
  "      \"name\": \"item-187\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 188,\n" <>
  "      \"name\": \"item-188\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 189,\n" <>
  "      \"name\": \"item-189\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 190,\n" <>
  "      \"name\": \"item-190\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 191,\n" <>
  "      \"name\": \"item-191\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 192,\n" <>
  "      \"name\": \"item-192\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 193,\n" <>
  "      \"name\": \"item-193\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 194,\n" <>
  "      \"name\": \"item-194\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 195,\n" <>
  "      \"name\": \"item-195\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 196,\n" <>
  "      \"name\": \"item-196\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 197,\n" <>
  "      \"name\": \"item-197\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 198,\n" <>
  "      \"name\": \"item-198\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 199,\n" <>
  "      \"name\": \"item-199\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 200,\n" <>
  "      \"name\": \"item-200\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 201,\n" <>
  "      \"name\": \"item-201\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 202,\n" <>
  "      \"name\": \"item-202\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 203,\n" <>
  "      \"name\": \"item-203\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 204,\n" <>
  "      \"name\": \"item-204\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 205,\n" <>
  "      \"name\": \"item-205\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 206,\n" <>
  "      \"name\": \"item-206\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 207,\n" <>
  "      \"name\": \"item-207\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 208,\n" <>
  "      \"name\": \"item-208\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 209,\n" <>
  "      \"name\": \"item-209\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 210,\n" <>
  "      \"name\": \"item-210\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 211,\n" <>
  "      \"name\": \"item-211\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 212,\n" <>
  "      \"name\": \"item-212\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 213,\n" <>
  "      \"name\": \"item-213\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 214,\n" <>
  "      \"name\": \"item-214\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 215,\n" <>
  "      \"name\": \"item-215\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 216,\n" <>
  "      \"name\": \"item-216\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 217,\n" <>
  "      \"name\": \"item-217\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 218,\n" <>
  "      \"name\": \"item-218\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 219,\n" <>
  "      \"name\": \"item-219\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 220,\n" <>
  "      \"name\": \"item-220\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 221,\n" <>
  "      \"name\": \"item-221\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 222,\n" <>
  "      \"name\": \"item-222\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 223,\n" <>
  "      \"name\": \"item-223\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 224,\n" <>
  "      \"name\": \"item-224\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 225,\n" <>
  "      \"name\": \"item-225\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 226,\n" <>
  "      \"name\": \"item-226\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 227,\n" <>
  "      \"name\": \"item-227\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 228,\n" <>
  "      \"name\": \"item-228\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 229,\n" <>
  "      \"name\": \"item-229\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 230,\n" <>
  "      \"name\": \"item-230\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 231,\n" <>
  "      \"name\": \"item-231\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 232,\n" <>
  "      \"name\": \"item-232\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 233,\n" <>
  "      \"name\": \"item-233\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 234,\n" <>
  "      \"name\": \"item-234\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 235,\n" <>
  "      \"name\": \"item-235\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 236,\n" <>
  "      \"name\": \"item-236\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 237,\n" <>
  "      \"name\": \"item-237\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 238,\n" <>
  "      \"name\": \"item-238\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 239,\n" <>
  "      \"name\": \"item-239\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 240,\n" <>
  "      \"name\": \"item-240\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 241,\n" <>
  "      \"name\": \"item-241\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 242,\n" <>
  "      \"name\": \"item-242\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 243,\n" <>
  "      \"name\": \"item-243\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 244,\n" <>
  "      \"name\": \"item-244\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 245,\n" <>
  "      \"name\": \"item-245\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 246,\n" <>
  "      \"name\": \"item-246\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 247,\n" <>
  "      \"name\": \"item-247\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 248,\n" <>
  "      \"name\": \"item-248\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 249,\n" <>
  "      \"name\": \"item-249\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 250,\n" <>
  "      \"name\": \"item-250\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 251,\n" <>
  "      \"name\": \"item-251\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 252,\n" <>
  "      \"name\": \"item-252\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 253,\n" <>
  "      \"name\": \"item-253\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 254,\n" <>
  "      \"name\": \"item-254\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 255,\n" <>
  "      \"name\": \"item-255\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 256,\n" <>
  "      \"name\": \"item-256\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 257,\n" <>
  "      \"name\": \"item-257\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 258,\n" <>
  "      \"name\": \"item-258\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 259,\n" <>
  "      \"name\": \"item-259\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 260,\n" <>
  "      \"name\": \"item-260\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 261,\n" <>
  "      \"name\": \"item-261\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 262,\n" <>
  "      \"name\": \"item-262\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 263,\n" <>
  "      \"name\": \"item-263\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 264,\n" <>
  "      \"name\": \"item-264\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 265,\n" <>
  "      \"name\": \"item-265\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 266,\n" <>
  "      \"name\": \"item-266\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 267,\n" <>
  "      \"name\": \"item-267\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 268,\n" <>
  "      \"name\": \"item-268\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 269,\n" <>
  "      \"name\": \"item-269\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 270,\n" <>
  "      \"name\": \"item-270\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 271,\n" <>
  "      \"name\": \"item-271\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 272,\n" <>
  "      \"name\": \"item-272\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 273,\n" <>
  "      \"name\": \"item-273\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 274,\n" <>
  "      \"name\": \"item-274\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 275,\n" <>
  "      \"name\": \"item-275\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 276,\n" <>
  "      \"name\": \"item-276\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 277,\n" <>
  "      \"name\": \"item-277\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 278,\n" <>
  "      \"name\": \"item-278\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    },\n" <>
  "    {\n" <>
  "      \"id\": 279,\n" <>
  "      \"name\": \"item-279\",\n" <>
  "      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"\n" <>
  "    }\n" <>
  "  ]\n" <>
  "}\n"

{:ok, {_status_line, _headers, response_body}} =
  :httpc.request(:post, {url, headers, content_type, body}, [], body_format: :binary)

IO.puts(response_body)
