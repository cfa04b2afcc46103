package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.Header.Add("If-Match", "W/\"etag-1\"")
	req.Header.Add("X-Request-Id", "{{requestId}}")
	req.Header.Add("Content-Type", "application/json")
	req.SetBody("{\"name\": \"{{newName}}\", \"active\": true}")

	resp, err := req.Execute("PATCH", "{{baseUrl}}/v1/users/{{userId}}")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
