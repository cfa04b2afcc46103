require "http/client"

headers = HTTP::Headers{
  "Content-Type" => "application/json",
}

body = "{
  \"items\": [
    {
      \"id\": 0,
      \"name\": \"item-0\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 1,
      \"name\": \"item-1\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 2,
      \"name\": \"item-2\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 3,
      \"name\": \"item-3\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 4,
      \"name\": \"item-4\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 5,
      \"name\": \"item-5\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 6,
      \"name\": \"item-6\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 7,
      \"name\": \"item-7\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 8,
      \"name\": \"item-8\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 9,
      \"name\": \"item-9\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 10,
      \"name\": \"item-10\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 11,
      \"name\": \"item-11\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 12,
      \"name\": \"item-12\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 13,
      \"name\": \"item-13\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 14,
      \"name\": \"item-14\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 15,
      \"name\": \"item-15\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 16,
      \"name\": \"item-16\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 17,
      \"name\": \"item-17\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 18,
      \"name\": \"item-18\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 19,
      \"name\": \"item-19\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 20,
      \"name\": \"item-20\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 21,
      \"name\": \"item-21\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 22,
      \"name\": \"item-22\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 23,
      \"name\": \"item-23\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 24,
      \"name\": \"item-24\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 25,
      \"name\": \"item-25\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 26,
      \"name\": \"item-26\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 27,
      \"name\": \"item-27\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 28,
      \"name\": \"item-28\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 29,
      \"name\": \"item-29\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 30,
      \"name\": \"item-30\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 31,
      \"name\": \"item-31\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 32,
      \"name\": \"item-32\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 33,
      \"name\": \"item-33\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 34,
      \"name\": \"item-34\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 35,
      \"name\": \"item-35\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 36,
      \"name\": \"item-36\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 37,
      \"name\": \"item-37\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 38,
      \"name\": \"item-38\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 39,
      \"name\": \"item-39\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 40,
      \"name\": \"item-40\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 41,
      \"name\": \"item-41\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 42,
      \"name\": \"item-42\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 43,
      \"name\": \"item-43\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 44,
      \"name\": \"item-44\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 45,
      \"name\": \"item-45\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 46,
      \"name\": \"item-46\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 47,
      \"name\": \"item-47\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 48,
      \"name\": \"item-48\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 49,
      \"name\": \"item-49\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 50,
      \"name\": \"item-50\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 51,
      \"name\": \"item-51\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 52,
      \"name\": \"item-52\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 53,
      \"name\": \"item-53\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 54,
      \"name\": \"item-54\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 55,
      \"name\": \"item-55\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 56,
      \"name\": \"item-56\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 57,
      \"name\": \"item-57\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 58,
      \"name\": \"item-58\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 59,
      \"name\": \"item-59\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 60,
      \"name\": \"item-60\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 61,
      \"name\": \"item-61\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 62,
      \"name\": \"item-62\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 63,
      \"name\": \"item-63\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 64,
      \"name\": \"item-64\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 65,
      \"name\": \"item-65\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 66,
      \"name\": \"item-66\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 67,
      \"name\": \"item-67\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 68,
      \"name\": \"item-68\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 69,
      \"name\": \"item-69\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 70,
      \"name\": \"item-70\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 71,
      \"name\": \"item-71\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 72,
      \"name\": \"item-72\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 73,
      \"name\": \"item-73\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 74,
      \"name\": \"item-74\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 75,
      \"name\": \"item-75\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 76,
      \"name\": \"item-76\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 77,
      \"name\": \"item-77\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 78,
      \"name\": \"item-78\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 79,
      \"name\": \"item-79\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 80,
      \"name\": \"item-80\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 81,
      \"name\": \"item-81\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 82,
      \"name\": \"item-82\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 83,
      \"name\": \"item-83\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 84,
      \"name\": \"item-84\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 85,
      \"name\": \"item-85\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 86,
      \"name\": \"item-86\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 87,
      \"name\": \"item-87\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 88,
      \"name\": \"item-88\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 89,
      \"name\": \"item-89\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 90,
      \"name\": \"item-90\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 91,
      \"name\": \"item-91\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 92,
      \"name\": \"item-92\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 93,
      \"name\": \"item-93\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 94,
      \"name\": \"item-94\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 95,
      \"name\": \"item-95\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 96,
      \"name\": \"item-96\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 97,
      \"name\": \"item-97\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 98,
      \"name\": \"item-98\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 99,
      \"name\": \"item-99\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 100,
      \"name\": \"item-100\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 101,
      \"name\": \"item-101\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 102,
      \"name\": \"item-102\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 103,
      \"name\": \"item-103\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 104,
      \"name\": \"item-104\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 105,
      \"name\": \"item-105\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 106,
      \"name\": \"item-106\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 107,
      \"name\": \"item-107\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 108,
      \"name\": \"item-108\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 109,
      \"name\": \"item-109\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 110,
      \"name\": \"item-110\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 111,
      \"name\": \"item-111\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 112,
      \"name\": \"item-112\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 113,
      \"name\": \"item-113\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 114,
      \"name\": \"item-114\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 115,
      \"name\": \"item-115\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 116,
      \"name\": \"item-116\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 117,
      \"name\": \"item-117\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 118,
      \"name\": \"item-118\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 119,
      \"name\": \"item-119\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 120,
      \"name\": \"item-120\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 121,
      \"name\": \"item-121\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 122,
      \"name\": \"item-122\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 123,
      \"name\": \"item-123\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 124,
      \"name\": \"item-124\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 125,
      \"name\": \"item-125\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 126,
      \"name\": \"item-126\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 127,
      \"name\": \"item-127\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 128,
      \"name\": \"item-128\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 129,
      \"name\": \"item-129\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 130,
      \"name\": \"item-130\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 131,
      \"name\": \"item-131\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 132,
      \"name\": \"item-132\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 133,
      \"name\": \"item-133\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 134,
      \"name\": \"item-134\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 135,
      \"name\": \"item-135\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 136,
      \"name\": \"item-136\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 137,
      \"name\": \"item-137\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 138,
      \"name\": \"item-138\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 139,
      \"name\": \"item-139\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 140,
      \"name\": \"item-140\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 141,
      \"name\": \"item-141\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 142,
      \"name\": \"item-142\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 143,
      \"name\": \"item-143\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 144,
      \"name\": \"item-144\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 145,
      \"name\": \"item-145\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 146,
      \"name\": \"item-146\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 147,
      \"name\": \"item-147\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 148,
      \"name\": \"item-148\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 149,
      \"name\": \"item-149\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 150,
      \"name\": \"item-150\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 151,
      \"name\": \"item-151\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 152,
      \"name\": \"item-152\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 153,
      \"name\": \"item-153\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 154,
      \"name\": \"item-154\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 155,
      \"name\": \"item-155\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 156,
      \"name\": \"item-156\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 157,
      \"name\": \"item-157\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 158,
      \"name\": \"item-158\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 159,
      \"name\": \"item-159\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 160,
      \"name\": \"item-160\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 161,
      \"name\": \"item-161\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 162,
      \"name\": \"item-162\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 163,
      \"name\": \"item-163\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 164,
      \"name\": \"item-164\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 165,
      \"name\": \"item-165\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 166,
      \"name\": \"item-166\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 167,
      \"name\": \"item-167\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 168,
      \"name\": \"item-168\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 169,
      \"name\": \"item-169\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 170,
      \"name\": \"item-170\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 171,
      \"name\": \"item-171\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 172,
      \"name\": \"item-172\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 173,
      \"name\": \"item-173\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 174,
      \"name\": \"item-174\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 175,
      \"name\": \"item-175\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 176,
      \"name\": \"item-176\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 177,
      \"name\": \"item-177\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 178,
      \"name\": \"item-178\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 179,
      \"name\": \"item-179\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 180,
      \"name\": \"item-180\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 181,
      \"name\": \"item-181\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 182,
      \"name\": \"item-182\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 183,
      \"name\": \"item-183\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 184,
      \"name\": \"item-184\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 185,
      \"name\": \"item-185\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 186,
      \"name\": \"item-186\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 187,
      \"name\": \"item-187\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 188,
      \"name\": \"item-188\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 189,
      \"name\": \"item-189\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 190,
      \"name\": \"item-190\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 191,
      \"name\": \"item-191\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 192,
      \"name\": \"item-192\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 193,
      \"name\": \"item-193\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 194,
      \"name\": \"item-194\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 195,
      \"name\": \"item-195\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 196,
      \"name\": \"item-196\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 197,
      \"name\": \"item-197\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 198,
      \"name\": \"item-198\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 199,
      \"name\": \"item-199\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 200,
      \"name\": \"item-200\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 201,
      \"name\": \"item-201\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 202,
      \"name\": \"item-202\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 203,
      \"name\": \"item-203\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 204,
      \"name\": \"item-204\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 205,
      \"name\": \"item-205\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 206,
      \"name\": \"item-206\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 207,
      \"name\": \"item-207\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 208,
      \"name\": \"item-208\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 209,
      \"name\": \"item-209\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 210,
      \"name\": \"item-210\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 211,
      \"name\": \"item-211\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 212,
      \"name\": \"item-212\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 213,
      \"name\": \"item-213\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 214,
      \"name\": \"item-214\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 215,
      \"name\": \"item-215\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 216,
      \"name\": \"item-216\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 217,
      \"name\": \"item-217\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 218,
      \"name\": \"item-218\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 219,
      \"name\": \"item-219\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 220,
      \"name\": \"item-220\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 221,
      \"name\": \"item-221\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 222,
      \"name\": \"item-222\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 223,
      \"name\": \"item-223\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 224,
      \"name\": \"item-224\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 225,
      \"name\": \"item-225\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 226,
      \"name\": \"item-226\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 227,
      \"name\": \"item-227\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 228,
      \"name\": \"item-228\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 229,
      \"name\": \"item-229\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 230,
      \"name\": \"item-230\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 231,
      \"name\": \"item-231\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 232,
      \"name\": \"item-232\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 233,
      \"name\": \"item-233\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 234,
      \"name\": \"item-234\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 235,
      \"name\": \"item-235\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 236,
      \"name\": \"item-236\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 237,
      \"name\": \"item-237\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 238,
      \"name\": \"item-238\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 239,
      \"name\": \"item-239\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 240,
      \"name\": \"item-240\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 241,
      \"name\": \"item-241\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 242,
      \"name\": \"item-242\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 243,
      \"name\": \"item-243\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 244,
      \"name\": \"item-244\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 245,
      \"name\": \"item-245\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 246,
      \"name\": \"item-246\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 247,
      \"name\": \"item-247\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 248,
      \"name\": \"item-248\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 249,
      \"name\": \"item-249\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 250,
      \"name\": \"item-250\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 251,
      \"name\": \"item-251\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 252,
      \"name\": \"item-252\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 253,
      \"name\": \"item-253\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 254,
      \"name\": \"item-254\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 255,
      \"name\": \"item-255\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 256,
      \"name\": \"item-256\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 257,
      \"name\": \"item-257\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 258,
      \"name\": \"item-258\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 259,
      \"name\": \"item-259\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 260,
      \"name\": \"item-260\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 261,
      \"name\": \"item-261\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 262,
      \"name\": \"item-262\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 263,
      \"name\": \"item-263\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 264,
      \"name\": \"item-264\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 265,
      \"name\": \"item-265\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 266,
      \"name\": \"item-266\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 267,
      \"name\": \"item-267\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 268,
      \"name\": \"item-268\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 269,
      \"name\": \"item-269\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 270,
      \"name\": \"item-270\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 271,
      \"name\": \"item-271\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 272,
      \"name\": \"item-272\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 273,
      \"name\": \"item-273\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 274,
      \"name\": \"item-274\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 275,
      \"name\": \"item-275\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 276,
      \"name\": \"item-276\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 277,
      \"name\": \"item-277\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 278,
      \"name\": \"item-278\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    },
    {
      \"id\": 279,
      \"name\": \"item-279\",
      \"note\": \"xxxxxxxxxxxxxxxxxxxx\"
    }
  ]
}
"

response = HTTP::Client.post("{{baseUrl}}/bulk", headers: headers, body: body)
puts response.body
