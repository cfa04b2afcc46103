var settings = {
  "url": "{{baseUrl}}/items",
  "method": "DELETE",
  "timeout": 0,
  "headers": {
    "Content-Type": "application/json"
  },
  "data": '{"ids": [1, 2, 3]}'
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
