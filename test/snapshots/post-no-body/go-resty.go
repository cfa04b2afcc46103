package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()

	resp, err := req.Execute("POST", "{{baseUrl}}/jobs/42/run")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
