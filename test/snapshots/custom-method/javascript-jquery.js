var settings = {
  "url": "{{baseUrl}}/cache/key",
  "method": "PURGE",
  "timeout": 0
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
