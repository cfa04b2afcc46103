var settings = {
  "url": "{{baseUrl}}/v1/config",
  "method": "PUT",
  "timeout": 0,
  "headers": {
    "Content-Type": "application/json"
  },
  "data": '{"a":[1,2,{"b":null}],"s":"\\"quoted\\" \\\\ slash","u":"\\ud83d\\ude00","n":1.0}'
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
