var settings = {
  "url": "{{baseUrl}}/settings",
  "method": "PUT",
  "timeout": 0,
  "headers": {
    "Content-Type": "application/x-www-form-urlencoded",
    "X-Keep": "yes"
  },
  "processData": false,
  "data": ""
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
